<?php
require __DIR__ . '/harness.php';

use MeschainOzon\HealthAnswer;

/** @return array{ok: bool, status: int, headers: array<string, string>, body: string, error: string} */
function health_result($ok, $status, $body) {
	return array('ok' => $ok, 'status' => $status, 'headers' => array(), 'body' => $body, 'error' => '');
}

T::test('a bridge that answers /health 200 runs and reaches its database', function () {
	$state = HealthAnswer::of(health_result(true, 200, '{"ok":true,"draining":false}'));
	assert_same(HealthAnswer::RUNS, $state);
});

T::test('a bridge that answers 503 DATABASE_UNAVAILABLE runs; only its database is out of reach', function () {
	$body = '{"error":{"code":"DATABASE_UNAVAILABLE","message":"the database does not answer","requestId":"r1"}}';
	assert_same(HealthAnswer::DATABASE_DOWN, HealthAnswer::of(health_result(true, 503, $body)));
});

T::test('no answer, another status or another body is a bridge that does not answer', function () {
	assert_same(HealthAnswer::DOWN, HealthAnswer::of(health_result(false, 0, '')));
	assert_same(HealthAnswer::DOWN, HealthAnswer::of(health_result(true, 502, '<html>bad gateway</html>')));
	assert_same(HealthAnswer::DOWN, HealthAnswer::of(health_result(true, 503, '{"error":{"code":"SHUTTING_DOWN"}}')));
	assert_same(HealthAnswer::DOWN, HealthAnswer::of(health_result(true, 503, 'not json')));
});

T::run();
