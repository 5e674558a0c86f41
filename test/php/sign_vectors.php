<?php
/*
 * Signs the vectors given on stdin ([{secret, method, target, timestamp, nonce, body_base64}]) and prints the
 * signatures as a JSON array, so logic.test.ts can compare them with the bridge's TypeScript verifier.
 */
error_reporting(E_ALL);
set_error_handler(function ($severity, $message, $file, $line) {
	throw new ErrorException($message, 0, $severity, $file, $line);
});
require_once __DIR__ . '/../../opencart-extension/upload/system/library/meschain_ozon/bootstrap.php';

$vectors = json_decode((string)file_get_contents('php://stdin'), true);
$out = array();
foreach ($vectors as $v) {
	$out[] = \MeschainOzon\Signer::sign($v['secret'], $v['method'], $v['target'], $v['timestamp'], $v['nonce'], base64_decode($v['body_base64']));
}
echo json_encode($out);
