<?php
require_once DIR_SYSTEM . 'library/meschain_ozon/bootstrap.php';

use MeschainOzon\BridgeClient;
use MeschainOzon\BridgeUrl;
use MeschainOzon\ErrorEnvelope;
use MeschainOzon\HealthAnswer;
use MeschainOzon\ModuleInfo;
use MeschainOzon\Notifier;
use MeschainOzon\OutputSink;
use MeschainOzon\PanelAssets;
use MeschainOzon\Proxy;
use MeschainOzon\ProxyRules;
use MeschainOzon\Signer;

/**
 * The module in OpenCart's admin: the page that mounts the panel, install/uninstall, the signed proxy to the bridge,
 * the menu entry and the admin-side store events. Logic lives in system/library/meschain_ozon.
 *
 * Every method with parameters takes at least one required one: OpenCart's router then refuses to call it from a URL
 * (it passes no arguments), so event handlers and helpers are reachable only as events.
 */
class ControllerExtensionModuleMeschainOzon extends Controller {
	public function index() {
		$this->load->language('extension/module/meschain_ozon');
		$this->load->model('extension/module/meschain_ozon');
		$this->model_extension_module_meschain_ozon->upgradeIfNeeded($this->config->get(ModuleInfo::KEY_VERSION));
		$this->document->setTitle($this->language->get('heading_title'));

		$token = isset($this->session->data['user_token']) ? (string)$this->session->data['user_token'] : '';
		$link = $this->plainLink(ModuleInfo::ROUTE, $token);
		$assets = PanelAssets::load(DIR_APPLICATION . 'view/javascript/meschain_ozon/', 'view/javascript/meschain_ozon/');
		foreach ($assets['styles'] as $style) {
			$this->document->addStyle($style);
		}

		$bridgeUrl = BridgeUrl::resolve($this->config->get(ModuleInfo::KEY_URL));
		$data = array();
		$data['breadcrumbs'] = array(
			array('text' => $this->language->get('text_home'), 'href' => $this->url->link('common/dashboard', 'user_token=' . $token, true)),
			array('text' => $this->language->get('text_extension'), 'href' => $this->url->link('marketplace/extension', 'user_token=' . $token . '&type=module', true)),
			array('text' => $this->language->get('heading_title'), 'href' => $this->url->link(ModuleInfo::ROUTE, 'user_token=' . $token, true)),
		);
		$data['proxy_url'] = $this->plainLink(ModuleInfo::ROUTE . '/proxy', $token);
		$data['module_url'] = $link;
		$data['language_code'] = $this->languageCode($this->config->get('config_admin_language'));
		$data['page'] = $this->requestedPage($this->request->get);
		$data['opencart_version'] = defined('VERSION') ? VERSION : '';
		$data['module_version'] = ModuleInfo::VERSION;
		$data['scripts'] = $assets['scripts'];
		$data['assets_error'] = $assets['error'] === '' ? '' : $this->language->get('error_assets_' . $assets['error']);
		$health = $this->bridgeHealth($bridgeUrl);
		$data['bridge_up'] = $health !== HealthAnswer::DOWN;
		$data['bridge_database_down'] = $health === HealthAnswer::DATABASE_DOWN;
		$data['bridge_database_down_text'] = $this->language->get('text_bridge_database_down');
		$data['bridge_down_text'] = sprintf($this->language->get('text_bridge_down'), $bridgeUrl, $this->startCommand($bridgeUrl));
		$data['opencart_root'] = dirname(DIR_APPLICATION);
		$data['can_modify'] = $this->user->hasPermission('modify', ModuleInfo::ROUTE);
		$data['save_action'] = $this->url->link(ModuleInfo::ROUTE . '/save', 'user_token=' . $token, true);
		$data['status'] = (bool)$this->config->get(ModuleInfo::KEY_STATUS);
		$data['bridge_url'] = $bridgeUrl;
		$data['remove_data'] = (bool)$this->config->get(ModuleInfo::KEY_REMOVE_DATA);
		$data['success'] = '';
		if (isset($this->session->data['success'])) {
			$data['success'] = (string)$this->session->data['success'];
			unset($this->session->data['success']);
		}
		$data['error_warning'] = '';
		if (isset($this->session->data['meschain_ozon_error'])) {
			$data['error_warning'] = (string)$this->session->data['meschain_ozon_error'];
			unset($this->session->data['meschain_ozon_error']);
		}

		$data['header'] = $this->load->controller('common/header');
		$data['column_left'] = $this->load->controller('common/column_left');
		$data['footer'] = $this->load->controller('common/footer');
		$this->response->setOutput($this->load->view('extension/module/meschain_ozon', $data));
	}

	/**
	 * The module's own switches (status, bridge URL, remove data on uninstall), posted from the module page.
	 */
	public function save() {
		$this->load->language('extension/module/meschain_ozon');
		$this->load->model('extension/module/meschain_ozon');
		$post = $this->request->post;
		$isPost = isset($this->request->server['REQUEST_METHOD']) && $this->request->server['REQUEST_METHOD'] === 'POST';
		$url = BridgeUrl::normalize(isset($post['bridge_url']) ? htmlspecialchars_decode((string)$post['bridge_url'], ENT_COMPAT) : '');
		if (!$isPost || !$this->user->hasPermission('modify', ModuleInfo::ROUTE)) {
			$this->session->data['meschain_ozon_error'] = $this->language->get('error_permission');
		} elseif ($url === null) {
			$this->session->data['meschain_ozon_error'] = $this->language->get('error_bridge_url');
		} else {
			$model = $this->model_extension_module_meschain_ozon;
			$model->setValue(ModuleInfo::KEY_STATUS, empty($post['status']) ? '0' : '1');
			$model->setValue(ModuleInfo::KEY_URL, $url);
			$model->setValue(ModuleInfo::KEY_REMOVE_DATA, empty($post['remove_data']) ? '0' : '1');
			$this->session->data['success'] = $this->language->get('text_success');
		}
		$token = isset($this->session->data['user_token']) ? (string)$this->session->data['user_token'] : '';
		$this->response->redirect($this->url->link(ModuleInfo::ROUTE, 'user_token=' . $token, true));
	}

	/**
	 * Called by Extensions > Modules > Install after OpenCart checked "modify" on the module list. The user's own
	 * permissions were loaded before OpenCart granted the new route, so the list's permission is what counts.
	 */
	public function install() {
		if (!$this->user->hasPermission('modify', 'extension/extension/module')) {
			return;
		}
		$this->load->model('extension/module/meschain_ozon');
		$this->model_extension_module_meschain_ozon->setUp(true);
	}

	/**
	 * Removes events and the module's settings, except the shared secret and the bridge URL, which are kept for a
	 * later install (their own setting code; see ModuleInfo::CONNECTION_SETTING_CODE). The bridge's tables stay
	 * unless the merchant ticked "remove data". OpenCart has already deleted the module code's settings rows by now,
	 * so the choice, and a secret or URL an earlier version kept among those rows, are read from this request's
	 * config snapshot.
	 */
	public function uninstall() {
		if (!$this->user->hasPermission('modify', 'extension/extension/module')) {
			return;
		}
		$this->load->model('extension/module/meschain_ozon');
		$model = $this->model_extension_module_meschain_ozon;
		$model->removeEvents(array_keys(ModuleInfo::events()));
		if ($this->config->get(ModuleInfo::KEY_REMOVE_DATA)) {
			$model->dropBridgeTables(DB_PREFIX);
		}
		$model->deleteSettings(ModuleInfo::SETTING_CODE);
		$snapshot = array();
		foreach (ModuleInfo::connectionKeys() as $key) {
			$snapshot[$key] = $this->config->get($key);
		}
		$model->restoreConnection($snapshot);
	}

	/**
	 * The panel's only way to the bridge: checks OpenCart's permission, signs and forwards on loopback, and passes
	 * the answer through as it arrives.
	 */
	public function proxy() {
		$this->load->language('extension/module/meschain_ozon');
		$server = $this->request->server;
		$method = isset($server['REQUEST_METHOD']) ? strtoupper((string)$server['REQUEST_METHOD']) : 'GET';
		$path = ProxyRules::validatePath(isset($this->request->get['path']) ? htmlspecialchars_decode((string)$this->request->get['path'], ENT_COMPAT) : null);
		$canAccess = $this->user->hasPermission('access', ModuleInfo::ROUTE);
		$canModify = $this->user->hasPermission('modify', ModuleInfo::ROUTE);

		if (!ProxyRules::isSupportedMethod($method)) {
			$this->answerError(405, 'BAD_REQUEST', $this->language->get('error_method'));
			return;
		}
		if (!ProxyRules::isAllowed($method, $canAccess, $canModify)) {
			$this->answerError(403, 'FORBIDDEN', $this->language->get(ProxyRules::requiredPermission($method) === 'access' ? 'error_forbidden_read' : 'error_forbidden_write'));
			return;
		}
		if ($path === null) {
			$this->answerError(400, 'BAD_REQUEST', $this->language->get('error_path'));
			return;
		}
		$body = ($method === 'GET' || $method === 'HEAD') ? '' : (string)file_get_contents('php://input', false, null, 0, ProxyRules::MAX_BODY_BYTES + 1);
		if (strlen($body) > ProxyRules::MAX_BODY_BYTES) {
			$this->answerError(413, 'BAD_REQUEST', $this->language->get('error_body_too_large'));
			return;
		}
		$secret = $this->config->get(ModuleInfo::KEY_SECRET);
		if (!Signer::isValidSecret($secret)) {
			$this->answerError(503, 'BRIDGE_UNAVAILABLE', $this->language->get('error_not_configured'));
			return;
		}

		$bridgeUrl = BridgeUrl::resolve($this->config->get(ModuleInfo::KEY_URL));
		$contentType = isset($server['CONTENT_TYPE']) ? htmlspecialchars_decode((string)$server['CONTENT_TYPE'], ENT_COMPAT) : '';
		$accept = isset($server['HTTP_ACCEPT']) ? htmlspecialchars_decode((string)$server['HTTP_ACCEPT'], ENT_COMPAT) : '';
		if (ProxyRules::wantsStream($accept)) {
			set_time_limit(0);
		}
		$result = Proxy::forward(new BridgeClient($bridgeUrl, $secret), $method, $path, $body, $contentType, $accept, new OutputSink());
		if (!$result['begun']) {
			$this->answerError(503, 'BRIDGE_UNAVAILABLE', sprintf($this->language->get('text_bridge_down'), $bridgeUrl, $this->startCommand($bridgeUrl)));
		}
	}

	/**
	 * Adds "Ozon" with the panel's pages to the admin menu (event admin/view/common/column_left/before), for user
	 * groups with access to the module only. Also the place where an uploaded newer version upgrades itself.
	 */
	public function menu(&$route, &$data, &$code) {
		try {
			if ($this->config->get(ModuleInfo::KEY_VERSION) !== ModuleInfo::VERSION) {
				$this->load->model('extension/module/meschain_ozon');
				$this->model_extension_module_meschain_ozon->upgradeIfNeeded($this->config->get(ModuleInfo::KEY_VERSION));
			}
			if (!$this->user->hasPermission('access', ModuleInfo::ROUTE) || !isset($this->session->data['user_token']) || !is_array($data)) {
				return;
			}
			$this->load->language('extension/module/meschain_ozon', 'meschain_ozon');
			$language = $this->language->get('meschain_ozon');
			if (!is_object($language)) {
				return;
			}
			$link = $this->url->link(ModuleInfo::ROUTE, 'user_token=' . $this->session->data['user_token'], true);
			$children = array();
			foreach (ModuleInfo::panelPages() as $key => $hash) {
				$children[] = array('name' => $language->get($key), 'href' => $link . $hash, 'children' => array());
			}
			$entry = array('id' => 'menu-meschain-ozon', 'icon' => 'fa-exchange', 'name' => $language->get('text_menu'), 'href' => '', 'children' => $children);
			$data['menus'] = $this->insertAfter(isset($data['menus']) && is_array($data['menus']) ? $data['menus'] : array(), 'menu-extension', $entry);
		} catch (\Throwable $e) {
			// A broken menu entry must never break the admin.
		}
	}

	public function productAdded(&$route, &$args, &$output) {
		$this->notifyBridge('product.added', $args, $output);
	}

	public function productEdited(&$route, &$args, &$output) {
		$this->notifyBridge('product.edited', $args, $output);
	}

	public function productDeleted(&$route, &$args, &$output) {
		$this->notifyBridge('product.deleted', $args, $output);
	}

	public function categoryEdited(&$route, &$args, &$output) {
		$this->notifyBridge('category.edited', $args, $output);
	}

	/**
	 * @param string $event
	 * @param mixed $args
	 * @param mixed $output
	 * @return void
	 */
	private function notifyBridge($event, $args, $output) {
		Notifier::dispatchFromOpencart($event, $args, $output, $this->config, $this->log);
	}

	/**
	 * @param int $status
	 * @param string $code
	 * @param string $message
	 * @return void
	 */
	private function answerError($status, $code, $message) {
		http_response_code((int)$status);
		$this->response->addHeader('Content-Type: application/json');
		$this->response->addHeader('Cache-Control: no-store');
		$this->response->setOutput(ErrorEnvelope::json($code, $message));
	}

	/**
	 * @param string $bridgeUrl
	 * @return string HealthAnswer::RUNS, DATABASE_DOWN or DOWN, from GET /health within a second
	 */
	private function bridgeHealth($bridgeUrl) {
		$secret = $this->config->get(ModuleInfo::KEY_SECRET);
		$client = new BridgeClient($bridgeUrl, is_string($secret) ? $secret : '');
		$result = $client->request('GET', '/health', '', array('Accept: application/json'), BridgeClient::timeouts(300, 1000));

		return HealthAnswer::of($result);
	}

	/**
	 * @param string $bridgeUrl
	 * @return string the command that starts the bridge for this store
	 */
	private function startCommand($bridgeUrl) {
		return sprintf($this->language->get('text_start_command'), dirname(DIR_APPLICATION), $bridgeUrl);
	}

	/**
	 * @param string $route
	 * @param string $token
	 * @return string an admin URL with plain "&" (for JavaScript, not for HTML)
	 */
	private function plainLink($route, $token) {
		return str_replace('&amp;', '&', $this->url->link($route, 'user_token=' . $token, true));
	}

	/**
	 * @param array<string, mixed> $get
	 * @return string the panel page asked for with &page=..., '' for its default
	 */
	private function requestedPage(array $get) {
		$page = isset($get['page']) ? (string)$get['page'] : '';

		return preg_match('/^[a-z][a-z-]{0,31}\z/', $page) === 1 ? $page : '';
	}

	/**
	 * The admin's language as two letters (en, ru, tr), from the admin language's code (en-gb, ru-ru...).
	 *
	 * @param mixed $adminLanguage config_admin_language
	 * @return string
	 */
	private function languageCode($adminLanguage) {
		$short = strtolower(substr(is_string($adminLanguage) ? $adminLanguage : '', 0, 2));

		return preg_match('/^[a-z]{2}\z/', $short) === 1 ? $short : 'en';
	}

	/**
	 * @param array<int, mixed> $menus
	 * @param string $afterId
	 * @param array<string, mixed> $entry
	 * @return array<int, mixed>
	 */
	private function insertAfter(array $menus, $afterId, array $entry) {
		foreach ($menus as $index => $menu) {
			if (is_array($menu) && isset($menu['id']) && $menu['id'] === $afterId) {
				array_splice($menus, (int)$index + 1, 0, array($entry));
				return $menus;
			}
		}
		$menus[] = $entry;

		return $menus;
	}
}
