<?php
/*
 * The bridge client, proxy forwarding and event notifier against a real HTTP server that logic.test.ts runs on
 * loopback (env BRIDGE_URL, BRIDGE_SECRET; DEAD_URL is a closed port).
 * The server checks every signature with the bridge's own verifier; the TypeScript side asserts those records.
 */
require __DIR__ . '/harness.php';

use MeschainOzon\BridgeClient;
use MeschainOzon\Notifier;
use MeschainOzon\Proxy;

$url = (string)getenv('BRIDGE_URL');
$dead = (string)getenv('DEAD_URL');
$secret = (string)getenv('BRIDGE_SECRET');
$stateDir = (string)getenv('STATE_DIR');
// A request the bridge signed (its real signer, in logic.test.ts), as OpenCart would see it in $_SERVER.
$bridgeOrigin = array('REQUEST_METHOD' => 'POST', 'REQUEST_URI' => (string)getenv('BRIDGE_ORIGIN_TARGET'));
foreach ((array)json_decode((string)getenv('BRIDGE_ORIGIN_HEADERS'), true) as $name => $value) {
	$bridgeOrigin['HTTP_' . strtoupper(str_replace('-', '_', (string)$name))] = (string)$value;
}

T::test('GET returns status, headers and body', function () use ($url, $secret) {
	$client = new BridgeClient($url, $secret);
	$result = $client->request('GET', '/api/v1/status?from=client', '', array('Accept: application/json'), BridgeClient::timeouts(300, 2000));
	assert_same(true, $result['ok'], $result['error']);
	assert_same(200, $result['status']);
	assert_same('application/json', $result['headers']['content-type']);
	assert_same(array('ok' => true, 'signed' => true), json_decode($result['body'], true));
});

T::test('POST sends the exact body, also a large one', function () use ($url, $secret) {
	$client = new BridgeClient($url, $secret);
	$body = json_encode(array('blob' => str_repeat('x', 200000), 'ru' => 'Привет'));
	$result = $client->request('POST', '/api/v1/echo', $body, array('Content-Type: application/json'), BridgeClient::timeouts(300, 5000));
	assert_same(201, $result['status'], $result['error']);
	assert_same(hash('sha256', $body), $result['body']);
});

T::test('HEAD and an error status pass through', function () use ($url, $secret) {
	$client = new BridgeClient($url, $secret);
	$head = $client->request('HEAD', '/api/v1/status', '', array(), BridgeClient::timeouts(300, 2000));
	assert_same(200, $head['status'], $head['error']);
	assert_same('', $head['body']);
	$fail = $client->request('DELETE', '/api/v1/fail', '', array(), BridgeClient::timeouts(300, 2000));
	assert_same(true, $fail['ok']);
	assert_same(409, $fail['status']);
	assert_same('CONFLICT', json_decode($fail['body'], true)['error']['code']);
});

T::test('a stream reaches the sink chunk by chunk', function () use ($url, $secret) {
	$sink = new RecordingSink();
	$client = new BridgeClient($url, $secret);
	$result = Proxy::forward($client, 'GET', '/api/v1/progress', '', '', 'application/x-ndjson', $sink);
	assert_same(array('ok' => true, 'begun' => true, 'error' => ''), $result);
	assert_same(200, $sink->status);
	assert_same('application/x-ndjson', $sink->headers['content-type']);
	assert_same("{\"done\":1}\n{\"done\":2}\n{\"done\":3}\n", implode('', $sink->chunks));
	assert_same('begin', $sink->calls[0]);
	// The server pauses between lines; a buffered transport would deliver them in one write.
	assert_true(count($sink->chunks) >= 2, 'expected several writes, got ' . count($sink->chunks));
});

T::test('a stopped bridge is a failure without an answer', function () use ($dead, $secret) {
	$sink = new RecordingSink();
	$result = (new BridgeClient($dead, $secret))->stream('GET', '/api/v1/status', '', array(), BridgeClient::timeouts(300, 1000), $sink);
	assert_same(false, $result['ok']);
	assert_same(false, $result['begun']);
	assert_same('connect: refused', $result['error']);
	assert_same(array(), $sink->calls);
});

T::test('a bridge that never answers times out', function () use ($url, $secret) {
	$result = (new BridgeClient($url, $secret))->request('GET', '/api/v1/hang', '', array(), BridgeClient::timeouts(300, 400));
	assert_same(false, $result['ok']);
	assert_same('timeout', $result['error']);
});

T::test('injected header lines are dropped', function () use ($url, $secret) {
	$client = new BridgeClient($url, $secret);
	$result = $client->request('GET', '/api/v1/headers', '', array("Accept: a\r\nX-Evil: 1", 'X-MesChain-Signature: forged', "Accept: text/plain\n", 'X-Trace: ok'), BridgeClient::timeouts(300, 2000));
	$seen = json_decode($result['body'], true);
	assert_same(false, isset($seen['x-evil']));
	assert_same('ok', $seen['x-trace']);
	assert_same(1, preg_match('/^[0-9a-f]{64}$/', $seen['x-meschain-signature']));
});

T::test('notifier delivers a store event and reports success', function () use ($url, $secret, $stateDir) {
	$log = array();
	$sent = Notifier::dispatch(
		'product.edited',
		array('31', array()),
		null,
		array('status' => '1', 'secret' => $secret, 'url' => $url),
		array('REMOTE_ADDR' => '203.0.113.5'),
		$stateDir . '/delivered.state',
		function ($line) use (&$log) {
			$log[] = $line;
		}
	);
	assert_same(true, $sent);
	assert_same(array(), $log);
});

T::test('notifier skips when disabled, unconfigured or echoing the bridge', function () use ($url, $secret, $stateDir, $bridgeOrigin) {
	$cases = array(
		array(array('status' => '0', 'secret' => $secret, 'url' => $url), array()),
		array(array('status' => '1', 'secret' => '', 'url' => $url), array()),
		array(array('status' => '1', 'secret' => $secret, 'url' => $url), $bridgeOrigin),
	);
	foreach ($cases as $case) {
		$sent = Notifier::dispatch('product.edited', array(999001), null, $case[0], $case[1], $stateDir . '/skip.state', function ($line) {
			throw new Exception('no log expected: ' . $line);
		});
		assert_same(false, $sent);
	}
});

T::test('with the bridge down the notifier logs one line a minute and never throws', function () use ($dead, $secret, $stateDir) {
	$log = array();
	$writer = function ($line) use (&$log) {
		$log[] = $line;
	};
	$settings = array('status' => '1', 'secret' => $secret, 'url' => $dead);
	for ($i = 0; $i < 3; $i++) {
		assert_same(false, Notifier::dispatch('order.history_added', array(12, 2), null, $settings, array(), $stateDir . '/down.state', $writer));
	}
	assert_same(1, count($log));
	assert_true(strpos($log[0], 'order.history_added') !== false && strpos($log[0], 'connect: refused') !== false, $log[0]);
	assert_true(strpos($log[0], $secret) === false, 'the secret is never logged');
});

T::test('the notifier waits at most a second, 300 ms to connect', function () {
	assert_same(array('connect_ms' => 300, 'total_ms' => 1000, 'idle_ms' => 0), Notifier::timeouts());
});

T::test('a rejected event (HTTP 4xx) is logged like an outage', function () use ($url, $stateDir) {
	$log = array();
	$sent = Notifier::dispatch('product.deleted', array(5), null, array('status' => '1', 'secret' => str_repeat('0', 64), 'url' => $url), array(), $stateDir . '/rejected.state', function ($line) use (&$log) {
		$log[] = $line;
	});
	assert_same(false, $sent);
	assert_same(1, count($log));
	assert_true(strpos($log[0], 'HTTP 401') !== false, $log[0]);
});

T::run();
