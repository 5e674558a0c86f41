<?php
/*
 * Runs the module's real admin controller and model against a real OpenCart database (the env names it) through
 * OpenCart 3's steps for Extensions > Modules: install, the module page's save, uninstall, install again. The
 * stand-ins below give the controller what OpenCart's registry would (config loaded from the settings table at
 * the start of each request, database, loader, user, request, session); the module list's own part of each step
 * is done here as OpenCart does it: on uninstall it deletes the extension row and every setting of the code
 * "module_meschain_ozon" before it calls the module's uninstall().
 *
 * argv[1] is the scenario (see scenario()); prints one JSON object: the module's setting rows after each step.
 */
error_reporting(E_ALL);
set_error_handler(function ($severity, $message, $file, $line) {
	throw new ErrorException($message, 0, $severity, $file, $line);
});

define('DIR_SYSTEM', __DIR__ . '/../../opencart-extension/upload/system/');
define('DIR_APPLICATION', __DIR__ . '/../../opencart-extension/upload/admin/');
define('DB_PREFIX', (string)getenv('DB_PREFIX'));

/** OpenCart's Registry and Config alike: values by key. */
class Values {
	/** @var array<string, mixed> */
	private $data = array();

	public function get($key) {
		return isset($this->data[$key]) ? $this->data[$key] : null;
	}

	public function set($key, $value) {
		$this->data[$key] = $value;
	}
}

final class Registry extends Values {
}

final class Config extends Values {
}

/** OpenCart's Controller and Model alike: what the registry holds, as properties. */
abstract class RegistryUser {
	protected $registry;

	public function __construct($registry) {
		$this->registry = $registry;
	}

	public function __get($key) {
		return $this->registry->get($key);
	}
}

abstract class Controller extends RegistryUser {
}

abstract class Model extends RegistryUser {
}

final class Db {
	/** @var mysqli */
	private $link;

	public function __construct() {
		mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
		$this->link = new mysqli((string)getenv('DB_HOST'), (string)getenv('DB_USER'), (string)getenv('DB_PASS'), (string)getenv('DB_NAME'), (int)getenv('DB_PORT'));
		$this->link->set_charset('utf8mb4');
	}

	public function query($sql) {
		$result = $this->link->query($sql);
		if ($result instanceof mysqli_result) {
			$rows = $result->fetch_all(MYSQLI_ASSOC);
			$answer = new stdClass();
			$answer->rows = $rows;
			$answer->row = isset($rows[0]) ? $rows[0] : array();
			$answer->num_rows = count($rows);
			return $answer;
		}

		return true;
	}

	public function escape($value) {
		return $this->link->real_escape_string((string)$value);
	}

	public function getLastId() {
		return $this->link->insert_id;
	}
}

final class Loader {
	private $registry;

	public function __construct($registry) {
		$this->registry = $registry;
	}

	public function model($route) {
		$classes = array('extension/module/meschain_ozon' => 'ModelExtensionModuleMeschainOzon', 'setting/event' => 'ModelSettingEvent');
		$this->registry->set('model_' . str_replace('/', '_', $route), new $classes[$route]($this->registry));
	}

	public function language($route) {
	}
}

/** OpenCart's event model, as far as the module uses it. */
final class ModelSettingEvent extends Model {
	public function addEvent($code, $trigger, $action, $status = 1, $sort_order = 0) {
		$this->db->query("INSERT INTO `" . DB_PREFIX . "event` SET `code` = '" . $this->db->escape($code) . "', `trigger` = '" . $this->db->escape($trigger) . "', `action` = '" . $this->db->escape($action) . "', `status` = '" . (int)$status . "', `sort_order` = '" . (int)$sort_order . "'");
	}

	public function deleteEventByCode($code) {
		$this->db->query("DELETE FROM `" . DB_PREFIX . "event` WHERE `code` = '" . $this->db->escape($code) . "'");
	}
}

final class User {
	public function hasPermission($key, $route) {
		return true;
	}
}

final class Language {
	public function get($key) {
		return $key;
	}
}

final class Url {
	public function link($route, $args = '', $secure = false) {
		return 'index.php?route=' . $route;
	}
}

final class Response {
	public $redirect = '';

	public function redirect($url) {
		$this->redirect = $url;
	}
}

final class Request {
	public $get = array();
	public $post = array();
	public $server = array('REQUEST_METHOD' => 'GET');
}

final class Session {
	public $data = array('user_token' => 'token');
}

require DIR_APPLICATION . 'controller/extension/module/meschain_ozon.php';
require DIR_APPLICATION . 'model/extension/module/meschain_ozon.php';

$db = new Db();
$settingTable = '`' . DB_PREFIX . 'setting`';

/** A new admin request: config is what the settings table holds now (store 0, every code), as OpenCart loads it. */
function request(Db $db, $post = null) {
	$registry = new Registry();
	$config = new Config();
	foreach ($db->query("SELECT * FROM `" . DB_PREFIX . "setting` WHERE store_id = '0'")->rows as $row) {
		$config->set($row['key'], $row['serialized'] ? json_decode($row['value'], true) : $row['value']);
	}
	$request = new Request();
	if ($post !== null) {
		$request->post = $post;
		$request->server['REQUEST_METHOD'] = 'POST';
	}
	foreach (array('config' => $config, 'db' => $db, 'load' => new Loader($registry), 'user' => new User(), 'language' => new Language(), 'url' => new Url(), 'response' => new Response(), 'request' => $request, 'session' => new Session()) as $key => $value) {
		$registry->set($key, $value);
	}

	return new ControllerExtensionModuleMeschainOzon($registry);
}

/** Extensions > Modules > Install: OpenCart adds the extension row, then calls the module's install(). */
function installFromModuleList(Db $db) {
	$db->query("INSERT INTO `" . DB_PREFIX . "extension` SET `type` = 'module', `code` = 'meschain_ozon'");
	request($db)->install();
}

/**
 * Extensions > Modules > Uninstall: the controller is built with the request's config snapshot first; OpenCart
 * then deletes the extension row and every setting of the module's code, and only then calls its uninstall().
 */
function uninstallFromModuleList(Db $db) {
	$controller = request($db);
	$db->query("DELETE FROM `" . DB_PREFIX . "extension` WHERE `type` = 'module' AND `code` = 'meschain_ozon'");
	$db->query("DELETE FROM `" . DB_PREFIX . "setting` WHERE `code` = 'module_meschain_ozon'");
	$controller->uninstall();
}

/** The module's rows in the settings table, by key (code and value). */
function moduleSettings(Db $db) {
	$rows = $db->query("SELECT `code`, `key`, `value` FROM `" . DB_PREFIX . "setting` WHERE store_id = '0' AND `key` LIKE 'module\\_meschain\\_ozon\\_%' ORDER BY `key`, setting_id")->rows;
	$out = array();
	foreach ($rows as $row) {
		$out[] = array('code' => $row['code'], 'key' => $row['key'], 'value' => $row['value']);
	}

	return $out;
}

$scenario = isset($argv[1]) ? $argv[1] : '';
if (!in_array($scenario, array('reinstall', 'reinstall-remove-data', 'installed-by-earlier-version'), true)) {
	fwrite(STDERR, "unknown scenario '$scenario'\n");
	exit(2);
}
$steps = array();
installFromModuleList($db);
request($db, array('status' => '1', 'bridge_url' => 'http://127.0.0.1:7421', 'remove_data' => $scenario === 'reinstall-remove-data' ? '1' : ''))->save();
if ($scenario === 'installed-by-earlier-version') {
	// What an earlier build left: the secret and the URL among the module code's own rows.
	$db->query("UPDATE " . $settingTable . " SET `code` = 'module_meschain_ozon' WHERE `key` IN ('module_meschain_ozon_bridge_secret', 'module_meschain_ozon_bridge_url')");
}
$steps['installed'] = moduleSettings($db);
uninstallFromModuleList($db);
$steps['uninstalled'] = moduleSettings($db);
installFromModuleList($db);
$steps['reinstalled'] = moduleSettings($db);
echo json_encode($steps);
