<?php
/*
 * Looks at a package the way OpenCart 3's Extension Installer does: opens it with ZipArchive, lists upload/
 * breadth-first with glob('*') (which skips dot-files) and reads install.xml with DOMDocument.
 * Usage: php installer_walk.php ZIP WORKDIR ; prints JSON.
 */
error_reporting(E_ALL);
set_error_handler(function ($severity, $message, $file, $line) {
	throw new ErrorException($message, 0, $severity, $file, $line);
});

$zipPath = $argv[1];
$work = rtrim($argv[2], '/') . '/';

$zip = new ZipArchive();
if ($zip->open($zipPath) !== true) {
	fwrite(STDERR, "cannot open $zipPath\n");
	exit(1);
}
$zip->extractTo($work);
$zip->close();

$destinations = array();
$queue = array($work . 'upload/*');
while ($queue) {
	$pattern = array_shift($queue);
	foreach ((array)glob($pattern) as $path) {
		if (is_dir($path)) {
			$queue[] = $path . '/*';
		}
		$destinations[] = array('path' => substr($path, strlen($work . 'upload/')), 'dir' => is_dir($path));
	}
}

$manifest = null;
if (is_file($work . 'install.xml')) {
	$dom = new DOMDocument('1.0', 'UTF-8');
	$manifest = array('parsed' => $dom->loadXML((string)file_get_contents($work . 'install.xml')));
	foreach (array('name', 'code', 'version', 'author', 'link') as $tag) {
		$node = $dom->getElementsByTagName($tag)->item(0);
		$manifest[$tag] = $node ? $node->nodeValue : null;
	}
	$manifest['fileOperations'] = $dom->getElementsByTagName('file')->length;
}

echo json_encode(array('destinations' => $destinations, 'installXml' => $manifest));
