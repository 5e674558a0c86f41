<?php
require_once DIR_SYSTEM . 'library/meschain_ozon/bootstrap.php';

use MeschainOzon\ModuleInfo;
use MeschainOzon\Signer;

/**
 * Settings, secret, events and tables of the module. Each setting is written on its own, never through
 * editSetting(), which would first delete every row of the code. The secret and the bridge URL live under a code
 * of their own (ModuleInfo::CONNECTION_SETTING_CODE), which OpenCart's uninstall does not delete.
 */
class ModelExtensionModuleMeschainOzon extends Model {
	/**
	 * Install and upgrade: idempotent, never replaces an existing secret.
	 *
	 * @param bool $fresh true on install (switches the module on), false on an upgrade (keeps the merchant's choice)
	 * @return void
	 */
	public function setUp($fresh) {
		$this->keepConnection();
		$this->ensureSecret();
		if ($this->getValue(ModuleInfo::KEY_URL) === null) {
			$this->setValue(ModuleInfo::KEY_URL, \MeschainOzon\BridgeUrl::DEFAULT_URL);
		}
		if ($fresh || $this->getValue(ModuleInfo::KEY_STATUS) === null) {
			$this->setValue(ModuleInfo::KEY_STATUS, '1');
		}
		$this->registerEvents(ModuleInfo::events());
		$this->setValue(ModuleInfo::KEY_VERSION, ModuleInfo::VERSION);
	}

	/**
	 * Re-registers events after a newer zip was uploaded over an installed module (the installer only copies
	 * files; it never calls install() again).
	 *
	 * @param mixed $configuredVersion the version recorded in the settings when this request started
	 * @return bool whether an upgrade ran
	 */
	public function upgradeIfNeeded($configuredVersion) {
		if ($configuredVersion === ModuleInfo::VERSION || !$this->isInstalled(ModuleInfo::CODE)) {
			return false;
		}
		$this->setUp(false);

		return true;
	}

	/**
	 * @param string $code
	 * @return bool whether OpenCart lists the module as installed
	 */
	public function isInstalled($code) {
		$query = $this->db->query("SELECT COUNT(*) AS `total` FROM `" . DB_PREFIX . "extension` WHERE `type` = 'module' AND `code` = '" . $this->db->escape((string)$code) . "'");

		return isset($query->row['total']) && (int)$query->row['total'] > 0;
	}

	/**
	 * Moves the secret and the bridge URL out of the module's own setting code, where earlier builds kept them and
	 * where OpenCart's uninstall would delete them. Idempotent.
	 *
	 * @return void
	 */
	public function keepConnection() {
		$keys = array();
		foreach (ModuleInfo::connectionKeys() as $key) {
			$keys[] = "'" . $this->db->escape($key) . "'";
		}
		$this->db->query("UPDATE `" . DB_PREFIX . "setting` SET `code` = '" . $this->db->escape(ModuleInfo::CONNECTION_SETTING_CODE) . "' WHERE `store_id` = '0' AND `code` = '" . $this->db->escape(ModuleInfo::SETTING_CODE) . "' AND `key` IN (" . implode(', ', $keys) . ")");
	}

	/**
	 * Puts back the secret and the bridge URL from the request's settings snapshot when OpenCart's uninstall has
	 * just deleted them (an install made before they had a code of their own); a row still there is left alone.
	 *
	 * @param array<string, mixed> $snapshot key => value as the request started
	 * @return void
	 */
	public function restoreConnection(array $snapshot) {
		foreach (ModuleInfo::connectionKeys() as $key) {
			$value = isset($snapshot[$key]) ? $snapshot[$key] : null;
			if (is_string($value) && $value !== '' && $this->getValue($key) === null) {
				$this->setValue($key, $value);
			}
		}
	}

	/**
	 * Creates the shared secret unless one exists. The insert is conditional in SQL so that the bridge creating
	 * it at the same moment cannot end with two rows.
	 *
	 * @return string the secret in force
	 */
	public function ensureSecret() {
		$current = $this->getValue(ModuleInfo::KEY_SECRET);
		if ($current !== null && $current !== '') {
			return $current;
		}
		$table = "`" . DB_PREFIX . "setting`";
		$code = $this->db->escape(ModuleInfo::codeOf(ModuleInfo::KEY_SECRET));
		$key = $this->db->escape(ModuleInfo::KEY_SECRET);
		// An empty row (never valid) is replaced; a real secret never is, whichever code it has (the bridge's own
		// start may have written it).
		$this->db->query("DELETE FROM " . $table . " WHERE `store_id` = '0' AND `key` = '" . $key . "' AND `value` = ''");
		$this->db->query("INSERT INTO " . $table . " (`store_id`, `code`, `key`, `value`, `serialized`) SELECT 0, '" . $code . "', '" . $key . "', '" . Signer::newSecret() . "', 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM " . $table . " WHERE `store_id` = '0' AND `key` = '" . $key . "')");

		return (string)$this->getValue(ModuleInfo::KEY_SECRET);
	}

	/**
	 * @param string $key
	 * @return string|null the stored value, read from the database rather than the request's config snapshot
	 */
	public function getValue($key) {
		$query = $this->db->query("SELECT `value` FROM `" . DB_PREFIX . "setting` WHERE `store_id` = '0' AND `code` = '" . $this->db->escape(ModuleInfo::codeOf((string)$key)) . "' AND `key` = '" . $this->db->escape((string)$key) . "' ORDER BY `setting_id` ASC LIMIT 1");

		return isset($query->row['value']) ? (string)$query->row['value'] : null;
	}

	/**
	 * Writes one setting under its code (ModuleInfo::codeOf), leaving all other rows alone.
	 *
	 * @param string $key
	 * @param string $value
	 * @return void
	 */
	public function setValue($key, $value) {
		$code = $this->db->escape(ModuleInfo::codeOf((string)$key));
		$key = $this->db->escape((string)$key);
		$this->db->query("DELETE FROM `" . DB_PREFIX . "setting` WHERE `store_id` = '0' AND `key` = '" . $key . "' AND `code` IN ('" . $code . "', '" . $this->db->escape(ModuleInfo::SETTING_CODE) . "')");
		$this->db->query("INSERT INTO `" . DB_PREFIX . "setting` SET `store_id` = '0', `code` = '" . $code . "', `key` = '" . $key . "', `value` = '" . $this->db->escape((string)$value) . "', `serialized` = '0'");
	}

	/**
	 * @param array<string, array{0: string, 1: string}> $events code => (trigger, action)
	 * @return void
	 */
	public function registerEvents(array $events) {
		$this->load->model('setting/event');
		foreach ($events as $code => $event) {
			$this->model_setting_event->deleteEventByCode($code);
			$this->model_setting_event->addEvent($code, $event[0], $event[1]);
		}
	}

	/**
	 * @param string[] $codes
	 * @return void
	 */
	public function removeEvents(array $codes) {
		$this->load->model('setting/event');
		foreach ($codes as $code) {
			$this->model_setting_event->deleteEventByCode($code);
		}
	}

	/**
	 * @param string $settingCode
	 * @return void
	 */
	public function deleteSettings($settingCode) {
		$this->db->query("DELETE FROM `" . DB_PREFIX . "setting` WHERE `code` = '" . $this->db->escape((string)$settingCode) . "'");
	}

	/**
	 * Drops the bridge's tables (<prefix>meschain_ozon_*). OpenCart's own tables never match the pattern.
	 *
	 * @param string $tablePrefix DB_PREFIX
	 * @return string[] the dropped tables
	 */
	public function dropBridgeTables($tablePrefix) {
		$base = (string)$tablePrefix . 'meschain_ozon_';
		$like = str_replace(array('\\', '_', '%'), array('\\\\', '\\_', '\\%'), $base) . '%';
		$query = $this->db->query("SHOW TABLES LIKE '" . $this->db->escape($like) . "'");
		$dropped = array();
		foreach ($query->rows as $row) {
			$name = (string)reset($row);
			if (strpos($name, $base) === 0 && preg_match('/^[A-Za-z0-9_]+\z/', $name) === 1) {
				$this->db->query("DROP TABLE IF EXISTS `" . $name . "`");
				$dropped[] = $name;
			}
		}

		return $dropped;
	}
}
