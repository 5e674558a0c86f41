<?php
/*
 * A storefront for the loop guard tests (loop-guard.test.ts serves it with `php -S`): every request places an
 * order (its id in ?order=N), whose order.added event the extension's real notifier sends to the bridge
 * stand-in (env BRIDGE_URL, BRIDGE_SECRET) unless the loop guard finds that the bridge made the request.
 * Answers {"sent": bool}.
 */
error_reporting(E_ALL);
set_error_handler(function ($severity, $message, $file, $line) {
	throw new ErrorException($message, 0, $severity, $file, $line);
});
require_once __DIR__ . '/../../opencart-extension/upload/system/library/meschain_ozon/bootstrap.php';

$order = isset($_GET['order']) ? (int)$_GET['order'] : 0;
$sent = \MeschainOzon\Notifier::dispatch(
	'order.added',
	array(array('products' => array())),
	$order,
	array('status' => '1', 'secret' => (string)getenv('BRIDGE_SECRET'), 'url' => (string)getenv('BRIDGE_URL')),
	$_SERVER,
	(string)getenv('STATE_DIR') . '/front.state',
	function ($line) {
		error_log('notifier: ' . $line);
	}
);
header('Content-Type: application/json');
echo json_encode(array('sent' => $sent));
