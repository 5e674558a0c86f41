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

T::test('the bridge origin header counts only from loopback', function () {
	assert_same(true, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'bridge', 'REMOTE_ADDR' => '127.0.0.1')));
	assert_same(true, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'bridge', 'REMOTE_ADDR' => '::1')));
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'bridge', 'REMOTE_ADDR' => '203.0.113.9')));
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'bridge')));
	assert_same(false, LoopGuard::isActive(array('HTTP_X_MESCHAIN_ORIGIN' => 'someone', 'REMOTE_ADDR' => '127.0.0.1')));
	assert_same(false, LoopGuard::isActive(array('REMOTE_ADDR' => '127.0.0.1')));
});

T::test('suppress and release nest', function () {
	LoopGuard::suppress();
	LoopGuard::suppress();
	assert_same(true, LoopGuard::isActive(array()));
	LoopGuard::release();
	assert_same(true, LoopGuard::isActive(array()));
	LoopGuard::release();
	assert_same(false, LoopGuard::isActive(array()));
	LoopGuard::release();
	assert_same(false, LoopGuard::isActive(array()), 'an extra release does not go negative');
});

T::run();
