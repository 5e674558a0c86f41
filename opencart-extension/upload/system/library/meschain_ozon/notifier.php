<?php
namespace MeschainOzon;

/**
 * Sends store events to the bridge. Runs inside checkout and admin saves, so it waits at most a second
 * (300 ms to connect), swallows every failure and logs at most one line a minute about it.
 */
final class Notifier {
	const PATH = '/api/v1/events';

	/** @var BridgeClient */
	private $client;
	/** @var FailureThrottle */
	private $throttle;
	/** @var callable(string): void */
	private $log;

	/**
	 * @param BridgeClient $client
	 * @param FailureThrottle $throttle
	 * @param callable $log receives one line, e.g. array($openCartLog, 'write')
	 */
	public function __construct(BridgeClient $client, FailureThrottle $throttle, $log) {
		$this->client = $client;
		$this->throttle = $throttle;
		$this->log = $log;
	}

	/**
	 * Everything an event handler does, as one call: skip when the module is off, unconfigured or the change came
	 * from the bridge, otherwise build the payload and send it. Never throws.
	 *
	 * @param string $event e.g. product.edited
	 * @param array<int, mixed> $args the model method's arguments
	 * @param mixed $output the model method's return value
	 * @param array{status: mixed, secret: mixed, url: mixed} $settings the module's settings from OpenCart's config
	 * @param array<string, mixed> $server the request's server variables
	 * @param string $stateFile where the log throttle keeps its time
	 * @param callable $log
	 * @return bool whether the bridge took the event
	 */
	public static function dispatch($event, array $args, $output, array $settings, array $server, $stateFile, $log) {
		try {
			if (empty($settings['status'])) {
				return false;
			}
			$secret = isset($settings['secret']) ? $settings['secret'] : null;
			if (!Signer::isValidSecret($secret) || LoopGuard::isActive($server, $secret)) {
				return false;
			}
			$payload = EventPayload::fromModelEvent($event, $args, $output);
			if ($payload === null) {
				return false;
			}
			$url = BridgeUrl::resolve(isset($settings['url']) ? $settings['url'] : null);
			$notifier = new Notifier(new BridgeClient($url, $secret), new FailureThrottle($stateFile), $log);

			return $notifier->notify($payload);
		} catch (\Throwable $e) {
			return false;
		}
	}

	/**
	 * dispatch() for an OpenCart event handler, admin or storefront alike: the module's settings from OpenCart's
	 * config, the request's server variables, the throttle file in OpenCart's cache folder and OpenCart's log.
	 *
	 * @param string $event
	 * @param mixed $args
	 * @param mixed $output
	 * @param object $config OpenCart's Config (get(key))
	 * @param object $log OpenCart's Log (write(message))
	 * @return bool
	 */
	public static function dispatchFromOpencart($event, $args, $output, $config, $log) {
		return self::dispatch(
			$event,
			is_array($args) ? $args : array(),
			$output,
			array(
				'status' => $config->get(ModuleInfo::KEY_STATUS),
				'secret' => $config->get(ModuleInfo::KEY_SECRET),
				'url' => $config->get(ModuleInfo::KEY_URL),
			),
			$_SERVER,
			DIR_CACHE . 'meschain_ozon_notify.state',
			array($log, 'write')
		);
	}

	/**
	 * @return array{connect_ms: int, total_ms: int, idle_ms: int}
	 */
	public static function timeouts() {
		return BridgeClient::timeouts(300, 1000);
	}

	/**
	 * @param array<string, mixed> $payload from EventPayload
	 * @return bool whether the bridge accepted it (2xx)
	 */
	public function notify(array $payload) {
		try {
			$body = (string)json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
			$result = $this->client->request(
				'POST',
				self::PATH,
				$body,
				array('Content-Type: application/json', 'Accept: application/json'),
				self::timeouts()
			);
			if ($result['ok'] && $result['status'] >= 200 && $result['status'] < 300) {
				return true;
			}
			$why = $result['ok'] ? 'HTTP ' . $result['status'] : $result['error'];
			$event = isset($payload['event']) ? (string)$payload['event'] : '?';
			if ($this->throttle->claim()) {
				call_user_func($this->log, 'MesChain Ozon: the bridge did not take event ' . $event . ' (' . $why
					. '); it will catch up at its next reconcile. Further failures are not logged for a minute.');
			}
		} catch (\Throwable $e) {
			// Nothing may escape into checkout; the reconcile covers a lost event.
		}

		return false;
	}
}
