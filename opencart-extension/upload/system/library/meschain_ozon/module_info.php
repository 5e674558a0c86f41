<?php
namespace MeschainOzon;

/**
 * Facts about the module that the admin controller, the catalog controller, the installer and the tests share:
 * its code, its version and the OpenCart events it registers.
 */
final class ModuleInfo {
	const CODE = 'meschain_ozon';
	const VERSION = '0.1.0';
	const SETTING_CODE = 'module_meschain_ozon';
	/**
	 * The setting code of what ties the module to its bridge: the shared secret and the bridge URL. OpenCart's
	 * uninstall deletes every setting of SETTING_CODE before the module is asked; rows of this code stay, so both
	 * survive uninstall and install (the bridge keeps signing with the secret it has).
	 */
	const CONNECTION_SETTING_CODE = 'meschain_ozon_connection';
	const KEY_SECRET = 'module_meschain_ozon_bridge_secret';
	const KEY_URL = 'module_meschain_ozon_bridge_url';
	const KEY_STATUS = 'module_meschain_ozon_status';
	const KEY_VERSION = 'module_meschain_ozon_version';
	const KEY_REMOVE_DATA = 'module_meschain_ozon_remove_data';
	const ROUTE = 'extension/module/meschain_ozon';

	/**
	 * The settings kept under CONNECTION_SETTING_CODE.
	 *
	 * @return string[]
	 */
	public static function connectionKeys() {
		return array(self::KEY_SECRET, self::KEY_URL);
	}

	/**
	 * The setting code a key of the module is stored under.
	 *
	 * @param string $key
	 * @return string
	 */
	public static function codeOf($key) {
		return in_array($key, self::connectionKeys(), true) ? self::CONNECTION_SETTING_CODE : self::SETTING_CODE;
	}

	/**
	 * Every event the module registers: code => array(trigger, action). Install deletes each code before adding
	 * it again, so running install twice (or an upgrade) leaves exactly one row per code.
	 *
	 * @return array<string, array{0: string, 1: string}>
	 */
	public static function events() {
		$action = self::ROUTE . '/';

		return array(
			'meschain_ozon_menu' => array('admin/view/common/column_left/before', $action . 'menu'),
			'meschain_ozon_product_add' => array('admin/model/catalog/product/addProduct/after', $action . 'productAdded'),
			'meschain_ozon_product_edit' => array('admin/model/catalog/product/editProduct/after', $action . 'productEdited'),
			'meschain_ozon_product_delete' => array('admin/model/catalog/product/deleteProduct/after', $action . 'productDeleted'),
			'meschain_ozon_category_edit' => array('admin/model/catalog/category/editCategory/after', $action . 'categoryEdited'),
			'meschain_ozon_order_add' => array('catalog/model/checkout/order/addOrder/after', $action . 'orderAdded'),
			'meschain_ozon_order_history' => array('catalog/model/checkout/order/addOrderHistory/after', $action . 'orderHistoryAdded'),
		);
	}

	/**
	 * The panel's pages, as hash routes the panel understands, in menu order.
	 *
	 * @return array<string, string> language key => hash route
	 */
	public static function panelPages() {
		return array(
			'text_page_dashboard' => '#/',
			'text_page_products' => '#/products',
			'text_page_offers' => '#/offers',
			'text_page_mapping' => '#/mapping',
			'text_page_logs' => '#/logs',
			'text_page_settings' => '#/settings',
		);
	}
}
