<?php
require __DIR__ . '/harness.php';

use MeschainOzon\FailureThrottle;
use MeschainOzon\LoopGuard;

T::test('log at most once a minute', function () {
	assert_same(true, FailureThrottle::shouldLog(null, 1000));
	assert_same(false, FailureThrottle::shouldLog(1000, 1000));
	assert_same(false, FailureThrottle::shouldLog(1000, 1059));
	assert_same(true, FailureThrottle::shouldLog(1000, 1060));
	// A clock set back must not silence the log for ever.
	assert_same(true, FailureThrottle::shouldLog(5000, 1000));
});

T::test('the throttle remembers across instances through its file', function () {
	$file = tempnam(sys_get_temp_dir(), 'mo-throttle');
	unlink($file);
	try {
		$first = new FailureThrottle($file);
		assert_same(true, $first->claim(2000));
		$second = new FailureThrottle($file);
		assert_same(false, $second->claim(2030));
		assert_same(true, $second->claim(2061));
		file_put_contents($file, 'garbage');
		assert_same(true, (new FailureThrottle($file))->claim(2062));
	} finally {
		if (is_file($file)) {
			unlink($file);
		}
	}
});

T::test('the origin header alone holds back nothing, from loopback or elsewhere', function () {
	$secret = str_repeat('ab', 32);
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'bridge', 'REMOTE_ADDR' => '127.0.0.1'), $secret));
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'bridge', 'REMOTE_ADDR' => '::1'), $secret));
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'bridge', 'REMOTE_ADDR' => '203.0.113.9'), $secret));
	assert_same(false, LoopGuard::isActive(array('REMOTE_ADDR' => '127.0.0.1'), $secret));
});

/**
 * A request as the bridge signs it (the same lines as storeOriginHeaders in bridge/src/security/store-origin.ts;
 * loop-guard.test.ts checks the real signer end to end).
 *
 * @return array<string, string>
 */
function signed_request($secret, $method, $target, $body, $timestamp, $nonce = '0123456789abcdef0123456789abcdef') {
	return array(
		'REQUEST_METHOD' => $method,
		'REQUEST_URI' => $target,
		'REMOTE_ADDR' => '203.0.113.9',
		'HTTP_X_MESCHAIN_ORIGIN_TIMESTAMP' => (string)$timestamp,
		'HTTP_X_MESCHAIN_ORIGIN_NONCE' => $nonce,
		'HTTP_X_MESCHAIN_ORIGIN_SIGNATURE' => \MeschainOzon\Signer::signLines($secret, array('meschain-bridge-origin', $method, $target, (string)$timestamp, $nonce), $body),
	);
}

T::test("the bridge's signature holds events back, from any address, within 60 s", function () {
	$secret = str_repeat('cd', 32);
	$body = function () {
		return 'order_id=7';
	};
	$server = signed_request($secret, 'POST', '/index.php?route=api/order/add', 'order_id=7', 1700000000);
	assert_same(true, LoopGuard::isActive($server, $secret, $body, 1700000000));
	assert_same(true, LoopGuard::isActive($server, $secret, $body, 1700000060));
	assert_same(true, LoopGuard::isActive($server, $secret, $body, 1699999940), 'a store clock behind the bridge');
});

T::test('a stale, forged, retargeted or re-bodied signature holds back nothing', function () {
	$secret = str_repeat('cd', 32);
	$body = function () {
		return 'order_id=7';
	};
	$server = signed_request($secret, 'POST', '/index.php?route=api/order/add', 'order_id=7', 1700000000);
	assert_same(false, LoopGuard::isActive($server, $secret, $body, 1700000061), 'stale');
	assert_same(false, LoopGuard::isActive($server, str_repeat('ef', 32), $body, 1700000000), 'another secret');
	assert_same(false, LoopGuard::isActive($server, null, $body, 1700000000), 'no secret configured');
	assert_same(false, LoopGuard::isActive(array('REQUEST_URI' => '/index.php?route=api/order/edit') + $server, $secret, $body, 1700000000), 'another target');
	assert_same(false, LoopGuard::isActive(array('REQUEST_METHOD' => 'GET') + $server, $secret, $body, 1700000000), 'another method');
	assert_same(false, LoopGuard::isActive($server, $secret, function () {
		return 'order_id=8';
	}, 1700000000), 'another body');
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN_NONCE' => 'zz') + $server, $secret, $body, 1700000000), 'malformed nonce');
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN_SIGNATURE' => array('x')) + $server, $secret, $body, 1700000000), 'not a string');
});

T::test('suppress and release nest', function () {
	LoopGuard::suppress();
	LoopGuard::suppress();
	assert_same(true, LoopGuard::isActive(array(), null));
	LoopGuard::release();
	assert_same(true, LoopGuard::isActive(array(), null));
	LoopGuard::release();
	assert_same(false, LoopGuard::isActive(array(), null));
	LoopGuard::release();
	assert_same(false, LoopGuard::isActive(array(), null), 'an extra release does not go negative');
});

T::run();
