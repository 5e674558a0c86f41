<?php
require __DIR__ . '/harness.php';

use MeschainOzon\Signer;

T::test('signature of a fixed request matches a hand-built HMAC of the canonical string', function () {
	$secret = str_repeat('ab', 32);
	$canonical = "POST\n/api/v1/events\n1700000000\n0123456789abcdef\n" . hash('sha256', '{"a":1}');
	assert_same(hash_hmac('sha256', $canonical, $secret), Signer::sign($secret, 'post', '/api/v1/events', 1700000000, '0123456789abcdef', '{"a":1}'));
});

T::test('an empty body is hashed as the empty string', function () {
	$secret = str_repeat('0', 64);
	$canonical = "GET\n/api/v1/products?page=2\n1\nn\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
	assert_same(hash_hmac('sha256', $canonical, $secret), Signer::sign($secret, 'GET', '/api/v1/products?page=2', '1', 'n', ''));
});

T::test('headers carry timestamp, nonce and a signature over them', function () {
	$secret = Signer::newSecret();
	$headers = Signer::headers($secret, 'GET', '/api/v1/status', '', 1700000001, 'feedfacefeedface');
	assert_same(array(
		'X-MesChain-Timestamp: 1700000001',
		'X-MesChain-Nonce: feedfacefeedface',
		'X-MesChain-Signature: ' . Signer::sign($secret, 'GET', '/api/v1/status', 1700000001, 'feedfacefeedface', ''),
	), $headers);
});

T::test('default headers use the current time and a fresh 32-hex nonce', function () {
	$before = time();
	$a = Signer::headers('s', 'GET', '/api/v1/x', '');
	$b = Signer::headers('s', 'GET', '/api/v1/x', '');
	$stamp = (int)substr($a[0], strlen('X-MesChain-Timestamp: '));
	assert_true($stamp >= $before && $stamp <= time(), 'timestamp is now');
	assert_same(1, preg_match('/^X-MesChain-Nonce: [0-9a-f]{32}$/', $a[1]));
	assert_true($a[1] !== $b[1], 'two requests never share a nonce');
	assert_same(1, preg_match('/^X-MesChain-Signature: [0-9a-f]{64}$/', $a[2]));
});

T::test('new secrets are 64 lowercase hex chars and differ', function () {
	$a = Signer::newSecret();
	$b = Signer::newSecret();
	assert_true(Signer::isValidSecret($a) && Signer::isValidSecret($b), 'valid shape');
	assert_true($a !== $b, 'random');
});

T::test('secret shape check refuses everything but 64 lowercase hex', function () {
	assert_same(false, Signer::isValidSecret(null));
	assert_same(false, Signer::isValidSecret(''));
	assert_same(false, Signer::isValidSecret(str_repeat('A', 64)));
	assert_same(false, Signer::isValidSecret(str_repeat('a', 63)));
	assert_same(false, Signer::isValidSecret(str_repeat('a', 64) . "\n"));
	assert_same(true, Signer::isValidSecret(str_repeat('9f', 32)));
});

T::run();
