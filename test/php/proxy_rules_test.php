<?php
require __DIR__ . '/harness.php';

use MeschainOzon\Proxy;
use MeschainOzon\ProxyRules;

T::test('reads need access, everything else needs modify', function () {
	foreach (array('GET' => 'access', 'get' => 'access', 'HEAD' => 'access', 'POST' => 'modify', 'PUT' => 'modify', 'PATCH' => 'modify', 'DELETE' => 'modify', 'OPTIONS' => 'modify') as $method => $needed) {
		assert_same($needed, ProxyRules::requiredPermission($method), $method);
	}
});

T::test('permission decision table', function () {
	$table = array(
		// method, access, modify, allowed
		array('GET', true, false, true),
		array('GET', false, true, false),
		array('HEAD', true, false, true),
		array('POST', true, false, false),
		array('POST', true, true, true),
		array('POST', false, true, true),
		array('DELETE', true, false, false),
		array('PATCH', false, true, true),
		array('GET', false, false, false),
		array('TRACE', true, true, false),
		array('CONNECT', true, true, false),
	);
	foreach ($table as $row) {
		assert_same($row[3], ProxyRules::isAllowed($row[0], $row[1], $row[2]), implode(',', array_map('var_export', $row, array_fill(0, 4, true))));
	}
});

T::test('API paths are accepted unchanged', function () {
	foreach (array('/api/v1/status', '/api/v1/products?page=2&q=red%20shoe', '/api/v1/categories/17/attributes', '/api/v1/logs?from=2024-01-01T00:00:00Z&level=error', '/api/v1/products/5:exclude') as $path) {
		assert_same($path, ProxyRules::validatePath($path), $path);
	}
});

T::test('paths outside the API or that could climb out of it are refused', function () {
	$bad = array(
		null, 42, '', '/health', '/api/v2/x', '/api/v1', 'api/v1/x', 'http://127.0.0.1:7420/api/v1/x', '//evil/api/v1/',
		'/api/v1/../panel', '/api/v1/%2e%2e/panel', '/api/v1/%2E%2E/x', '/api/v1/a/..', '/api/v1/x%5c..%5cy', '/api/v1/x\\y',
		'/api/v1//x', '/api/v1/x#frag', "/api/v1/x\r\nHost: evil", '/api/v1/x y', "/api/v1/x\0", '/api/v1/%zz', '/api/v1/%4',
		'/api/v1/товары', '/api/v1/' . str_repeat('a', 2100), "/api/v1/x\n", "/api/v1/status\r\n",
	);
	foreach ($bad as $path) {
		assert_same(null, ProxyRules::validatePath($path), var_export($path, true));
	}
});

T::test('stream detection from Accept and Content-Type', function () {
	assert_same(true, ProxyRules::wantsStream('text/event-stream'));
	assert_same(true, ProxyRules::wantsStream('application/x-ndjson, application/json;q=0.5'));
	assert_same(false, ProxyRules::wantsStream('application/json'));
	assert_same(false, ProxyRules::wantsStream(null));
	assert_same(true, ProxyRules::isStreamType('text/event-stream; charset=utf-8'));
});

T::test('progress streams get an idle timeout, other answers a total one', function () {
	assert_same(array('connect_ms' => 1000, 'total_ms' => 0, 'idle_ms' => 60000), Proxy::timeouts('text/event-stream'));
	assert_same(array('connect_ms' => 1000, 'total_ms' => 60000, 'idle_ms' => 0), Proxy::timeouts('application/json'));
});

T::test('only safe answer headers reach the browser', function () {
	$lines = Proxy::passedHeaders(array(
		'content-type' => 'application/json; charset=utf-8',
		'x-request-id' => 'abc',
		'set-cookie' => 'bridge_session=1',
		'retry-after' => '5',
		'x-powered-by' => 'hono',
	));
	sort($lines);
	assert_same(array('Content-Type: application/json; charset=utf-8', 'Retry-After: 5', 'X-Request-Id: abc'), $lines);
});

T::test('stream answers are marked unbuffered and uncached', function () {
	$lines = Proxy::passedHeaders(array('content-type' => 'application/x-ndjson'));
	assert_same(array('Content-Type: application/x-ndjson', 'X-Accel-Buffering: no', 'Cache-Control: no-store'), $lines);
});

T::test('a missing content type defaults to JSON', function () {
	assert_same(array('Content-Type: application/json'), Proxy::passedHeaders(array()));
});

T::run();
