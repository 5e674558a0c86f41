<?php
/*
 * Loads one of the extension's controllers (argv[1] = admin|catalog) next to minimal stand-ins for OpenCart's base
 * classes and prints its methods' shapes as JSON. logic.test.ts checks them against the events the module registers
 * and against what OpenCart's router could call from a URL. Loading under E_ALL also catches compile-time
 * deprecations of newer PHP versions.
 */
error_reporting(E_ALL);
set_error_handler(function ($severity, $message, $file, $line) {
	throw new ErrorException($message, 0, $severity, $file, $line);
});

define('DIR_SYSTEM', __DIR__ . '/../../opencart-extension/upload/system/');

abstract class Controller {
	protected $registry;

	public function __construct($registry) {
		$this->registry = $registry;
	}
}

abstract class Model {
	protected $registry;

	public function __construct($registry) {
		$this->registry = $registry;
	}
}

$app = isset($argv[1]) ? $argv[1] : '';
if ($app !== 'admin' && $app !== 'catalog') {
	fwrite(STDERR, "usage: php controller_shape.php admin|catalog\n");
	exit(2);
}
$root = __DIR__ . '/../../opencart-extension/upload/' . $app . '/';
require $root . 'controller/extension/module/meschain_ozon.php';
if ($app === 'admin') {
	require $root . 'model/extension/module/meschain_ozon.php';
}

$methods = array();
$class = new ReflectionClass('ControllerExtensionModuleMeschainOzon');
foreach ($class->getMethods() as $method) {
	if ($method->getDeclaringClass()->getName() !== $class->getName()) {
		continue;
	}
	$byReference = array();
	foreach ($method->getParameters() as $parameter) {
		$byReference[] = $parameter->isPassedByReference();
	}
	$methods[] = array(
		'name' => $method->getName(),
		'public' => $method->isPublic(),
		'static' => $method->isStatic(),
		'required' => $method->getNumberOfRequiredParameters(),
		'byReference' => $byReference,
	);
}

echo json_encode(array(
	'methods' => $methods,
	'events' => \MeschainOzon\ModuleInfo::events(),
	'version' => \MeschainOzon\ModuleInfo::VERSION,
	'modelLoaded' => class_exists('ModelExtensionModuleMeschainOzon', false),
));
