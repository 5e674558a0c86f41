<?php
require __DIR__ . '/harness.php';

use MeschainOzon\BridgeUrl;

T::test('loopback URLs are normalised to scheme, host and port', function () {
	$cases = array(
		'http://127.0.0.1:7420' => 'http://127.0.0.1:7420',
		'http://127.0.0.1:7420/' => 'http://127.0.0.1:7420',
		' HTTP://LOCALHOST:8000 ' => 'http://localhost:8000',
		'http://[::1]:7420' => 'http://[::1]:7420',
		'http://127.1.2.3' => 'http://127.1.2.3:80',
	);
	foreach ($cases as $in => $out) {
		assert_same($out, BridgeUrl::normalize($in), $in);
	}
});

T::test('anything that could leave the machine is refused', function () {
	$bad = array(
		null, '', 'https://127.0.0.1:7420', 'http://10.0.0.1:7420', 'http://example.com', 'http://127.0.0.1.example.com',
		'http://user:pw@127.0.0.1:7420', 'http://127.0.0.1:7420/api', 'http://127.0.0.1:7420?x', 'http://127.0.0.1:99999',
		'http://127.0.0.1:0', 'http://127.0.0.300:7420', 'http://0.0.0.0:7420', 'file:///etc/passwd',
		'http://[::2]:7420', 'http://localhost.:7420',
	);
	foreach ($bad as $url) {
		assert_same(null, BridgeUrl::normalize($url), var_export($url, true));
	}
});

T::test('resolve falls back to the default bridge address', function () {
	assert_same('http://127.0.0.1:7420', BridgeUrl::resolve(null));
	assert_same('http://127.0.0.1:7420', BridgeUrl::resolve('http://evil.example'));
	assert_same('http://127.0.0.1:9000', BridgeUrl::resolve('http://127.0.0.1:9000'));
});

T::run();
