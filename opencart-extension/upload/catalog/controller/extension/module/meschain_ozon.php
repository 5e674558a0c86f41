<?php
require_once DIR_SYSTEM . 'library/meschain_ozon/bootstrap.php';

use MeschainOzon\Notifier;

/**
 * Storefront-side store events (orders). Catalog events resolve their actions in the catalog app, hence this file.
 * The handlers take required parameters, so the storefront's router cannot call them from a URL.
 */
class ControllerExtensionModuleMeschainOzon extends Controller {
	/** catalog/model/checkout/order/addOrder/after: $output is the new order id. */
	public function orderAdded(&$route, &$args, &$output) {
		$this->notifyBridge('order.added', $args, $output);
	}

	/** catalog/model/checkout/order/addOrderHistory/after: $args = [order_id, order_status_id, ...]; stock moved. */
	public function orderHistoryAdded(&$route, &$args, &$output) {
		$this->notifyBridge('order.history_added', $args, $output);
	}

	/**
	 * @param string $event
	 * @param mixed $args
	 * @param mixed $output
	 * @return void
	 */
	private function notifyBridge($event, $args, $output) {
		Notifier::dispatchFromOpencart($event, $args, $output, $this->config, $this->log);
	}
}
