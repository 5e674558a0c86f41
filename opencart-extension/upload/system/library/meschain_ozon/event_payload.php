<?php
namespace MeschainOzon;

/**
 * Builds the bodies of POST /api/v1/events from what OpenCart hands to event handlers. Only ids and counts are
 * sent, never customer data: the bridge reads whatever else it needs from the store's database.
 */
final class EventPayload {
	/**
	 * @param string $event one of product.added|product.edited|product.deleted|category.edited|order.added|order.history_added
	 * @param int $id
	 * @param array<string, mixed> $data
	 * @param int|null $time unix seconds; defaults to now
	 * @return array{event: string, id: int, data?: array<string, mixed>, at: string} "data" only when not empty,
	 *   because json_encode() would turn an empty array into [] where the bridge expects an object
	 */
	public static function make($event, $id, array $data = array(), $time = null) {
		$time = $time === null ? time() : (int)$time;
		$payload = array('event' => (string)$event, 'id' => (int)$id);
		if ($data) {
			$payload['data'] = $data;
		}
		$payload['at'] = gmdate('Y-m-d\TH:i:s\Z', $time);

		return $payload;
	}

	/**
	 * The payload for a model "after" event, or null when the arguments carry no usable id (then nothing is sent).
	 *
	 * @param string $event
	 * @param array<int, mixed> $args the model method's arguments
	 * @param mixed $output the model method's return value
	 * @param int|null $time
	 * @return array{event: string, id: int, data?: array<string, mixed>, at: string}|null
	 */
	public static function fromModelEvent($event, array $args, $output, $time = null) {
		switch ($event) {
			case 'product.added':
				// addProduct returns the new id; its only argument is the form data.
				$id = self::positiveInt($output);
				return $id === null ? null : self::make($event, $id, array(), $time);
			case 'product.edited':
			case 'product.deleted':
			case 'category.edited':
				$id = isset($args[0]) ? self::positiveInt($args[0]) : null;
				return $id === null ? null : self::make($event, $id, array(), $time);
			case 'order.added':
				$id = self::positiveInt($output);
				$order = isset($args[0]) && is_array($args[0]) ? $args[0] : array();
				return $id === null ? null : self::make($event, $id, array('products' => self::orderLines($order)), $time);
			case 'order.history_added':
				$id = isset($args[0]) ? self::positiveInt($args[0]) : null;
				$status = isset($args[1]) ? self::positiveInt($args[1]) : null;
				return $id === null ? null : self::make($event, $id, array('order_status_id' => $status === null ? 0 : $status), $time);
			default:
				return null;
		}
	}

	/**
	 * The product ids and quantities of an order, which is all the stock sync needs from it.
	 *
	 * @param array<string, mixed> $order
	 * @return array<int, array{product_id: int, quantity: int}>
	 */
	private static function orderLines(array $order) {
		$lines = array();
		if (!isset($order['products']) || !is_array($order['products'])) {
			return $lines;
		}
		foreach ($order['products'] as $product) {
			if (!is_array($product) || !isset($product['product_id'])) {
				continue;
			}
			$productId = self::positiveInt($product['product_id']);
			if ($productId === null) {
				continue;
			}
			$quantity = isset($product['quantity']) ? self::positiveInt($product['quantity']) : null;
			$lines[] = array('product_id' => $productId, 'quantity' => $quantity === null ? 0 : $quantity);
		}

		return $lines;
	}

	/**
	 * @param mixed $value
	 * @return int|null
	 */
	private static function positiveInt($value) {
		if (is_int($value)) {
			return $value > 0 ? $value : null;
		}
		if (is_string($value) && preg_match('/^\d{1,18}\z/', $value) === 1 && (int)$value > 0) {
			return (int)$value;
		}

		return null;
	}
}
