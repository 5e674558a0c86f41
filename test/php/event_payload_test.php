<?php
require __DIR__ . '/harness.php';

use MeschainOzon\EventPayload;

const AT = 1700000000;

T::test('product.added takes the id from the model\'s return value', function () {
	assert_same(
		array('event' => 'product.added', 'id' => 42, 'at' => '2023-11-14T22:13:20Z'),
		EventPayload::fromModelEvent('product.added', array(array('model' => 'X', 'price' => '10')), 42, AT)
	);
	assert_same(42, EventPayload::fromModelEvent('product.added', array(), '42', AT)['id']);
});

T::test('edits and deletes take the id from the first argument', function () {
	foreach (array('product.edited', 'product.deleted', 'category.edited') as $event) {
		$payload = EventPayload::fromModelEvent($event, array('17', array('product_description' => array())), null, AT);
		assert_same(array('event' => $event, 'id' => 17, 'at' => '2023-11-14T22:13:20Z'), $payload, $event);
	}
});

T::test('order.added carries only product ids and quantities, never customer data', function () {
	$order = array(
		'firstname' => 'Ivan', 'email' => 'ivan@example.com', 'telephone' => '+7 900', 'payment_address_1' => 'Street 1',
		'products' => array(
			array('product_id' => '30', 'name' => 'Canon', 'quantity' => '2', 'price' => 100),
			array('product_id' => 40, 'quantity' => 1),
			array('name' => 'voucher-like line without product'),
			'garbage',
		),
	);
	$payload = EventPayload::fromModelEvent('order.added', array($order), 7, AT);
	assert_same(array('products' => array(array('product_id' => 30, 'quantity' => 2), array('product_id' => 40, 'quantity' => 1))), $payload['data']);
	assert_same(7, $payload['id']);
	$json = json_encode($payload);
	assert_true(strpos($json, 'ivan') === false && strpos($json, 'Street') === false && strpos($json, '+7') === false, 'no personal data in ' . $json);
});

T::test('order.history_added carries the new status', function () {
	$payload = EventPayload::fromModelEvent('order.history_added', array('9', '5', 'comment', false, false), null, AT);
	assert_same(array('event' => 'order.history_added', 'id' => 9, 'data' => array('order_status_id' => 5), 'at' => '2023-11-14T22:13:20Z'), $payload);
});

T::test('no payload without a usable id, or for unknown events', function () {
	assert_same(null, EventPayload::fromModelEvent('product.added', array(), null, AT));
	assert_same(null, EventPayload::fromModelEvent('product.added', array(), 0, AT));
	assert_same(null, EventPayload::fromModelEvent('product.edited', array(), null, AT));
	assert_same(null, EventPayload::fromModelEvent('product.edited', array('abc'), null, AT));
	assert_same(null, EventPayload::fromModelEvent('product.deleted', array(-3), null, AT));
	assert_same(null, EventPayload::fromModelEvent('order.added', array(array()), false, AT));
	assert_same(null, EventPayload::fromModelEvent('order.history_added', array(), null, AT));
	assert_same(null, EventPayload::fromModelEvent('product.copied', array(1), 2, AT));
	assert_same(null, EventPayload::fromModelEvent('product.edited', array("5\n"), null, AT));
});

T::test('an empty data object is left out rather than sent as a JSON list', function () {
	assert_same('{"event":"product.deleted","id":3,"at":"2023-11-14T22:13:20Z"}', json_encode(EventPayload::make('product.deleted', 3, array(), AT)));
	assert_same('{"event":"order.history_added","id":3,"data":{"order_status_id":2},"at":"2023-11-14T22:13:20Z"}', json_encode(EventPayload::make('order.history_added', 3, array('order_status_id' => 2), AT)));
});

T::test('the time is ISO 8601 in UTC whatever the PHP time zone', function () {
	$zone = date_default_timezone_get();
	date_default_timezone_set('Asia/Vladivostok');
	try {
		assert_same('2023-11-14T22:13:20Z', EventPayload::make('product.edited', 1, array(), AT)['at']);
	} finally {
		date_default_timezone_set($zone);
	}
});

T::run();
