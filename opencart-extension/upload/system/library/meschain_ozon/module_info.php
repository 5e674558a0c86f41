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
	const KEY_SECRET = 'module_meschain_ozon_bridge_secret';
	const KEY_URL = 'module_meschain_ozon_bridge_url';
	const KEY_STATUS = 'module_meschain_ozon_status';
	const KEY_VERSION = 'module_meschain_ozon_version';
	const KEY_REMOVE_DATA = 'module_meschain_ozon_remove_data';
	const ROUTE = 'extension/module/meschain_ozon';

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
			'text_page_mapping' => '#/mapping',
			'text_page_logs' => '#/logs',
			'text_page_settings' => '#/settings',
		);
	}
}
