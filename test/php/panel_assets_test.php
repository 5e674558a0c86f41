<?php
require __DIR__ . '/harness.php';

use MeschainOzon\PanelAssets;

const BASE = 'view/javascript/meschain_ozon/';

T::test('entry script and the CSS of the entry and its static imports', function () {
	$manifest = json_encode(array(
		'admin-ui/src/main.tsx' => array('file' => 'assets/main-abc.js', 'isEntry' => true, 'css' => array('assets/main-abc.css'), 'imports' => array('_vendor-1.js')),
		'_vendor-1.js' => array('file' => 'assets/vendor-1.js', 'css' => array('assets/uplot-2.css', 'assets/main-abc.css')),
		'admin-ui/src/lazy.tsx' => array('file' => 'assets/lazy.js', 'css' => array('assets/lazy.css'), 'isDynamicEntry' => true),
	));
	$assets = PanelAssets::fromManifest($manifest, BASE);
	assert_same(array(BASE . 'assets/main-abc.js'), $assets['scripts']);
	assert_same(array(BASE . 'assets/main-abc.css', BASE . 'assets/uplot-2.css'), $assets['styles']);
	assert_same('', $assets['error']);
});

T::test('a manifest without the entry or that is not JSON is reported, not fatal', function () {
	assert_same('no-entry', PanelAssets::fromManifest('{"other.tsx":{"file":"x.js"}}', BASE)['error']);
	assert_same('no-entry', PanelAssets::fromManifest('{"admin-ui/src/main.tsx":{"file":5}}', BASE)['error']);
	assert_same('unreadable', PanelAssets::fromManifest('not json', BASE)['error']);
	assert_same('unreadable', PanelAssets::fromManifest('"a string"', BASE)['error']);
});

T::test('a missing build is reported as missing', function () {
	$dir = sys_get_temp_dir() . '/mo-assets-' . bin2hex(random_bytes(4)) . '/';
	mkdir($dir);
	try {
		assert_same(array('scripts' => array(), 'styles' => array(), 'error' => 'missing'), PanelAssets::load($dir, BASE));
	} finally {
		rmdir($dir);
	}
});

T::test('the shipped manifest.json wins over the build\'s .vite/manifest.json', function () {
	$dir = sys_get_temp_dir() . '/mo-assets-' . bin2hex(random_bytes(4)) . '/';
	mkdir($dir . '.vite', 0777, true);
	file_put_contents($dir . '.vite/manifest.json', '{"admin-ui/src/main.tsx":{"file":"assets/dev.js"}}');
	try {
		assert_same(array(BASE . 'assets/dev.js'), PanelAssets::load($dir, BASE)['scripts']);
		file_put_contents($dir . 'manifest.json', '{"admin-ui/src/main.tsx":{"file":"assets/shipped.js"}}');
		assert_same(array(BASE . 'assets/shipped.js'), PanelAssets::load($dir, BASE)['scripts']);
	} finally {
		foreach (array('.vite/manifest.json', 'manifest.json') as $f) {
			if (is_file($dir . $f)) {
				unlink($dir . $f);
			}
		}
		rmdir($dir . '.vite');
		rmdir($dir);
	}
});

T::run();
