<?php
namespace MeschainOzon;

/**
 * Stops the store from echoing the bridge's own writes back to it. A request the bridge makes to OpenCart
 * (e.g. creating an Ozon order through the store's API) carries the origin header from loopback; PHP code that
 * writes on the bridge's behalf inside one request calls suppress() first.
 */
final class LoopGuard {
	const HEADER = 'X-MesChain-Origin';
	const SERVER_KEY = 'HTTP_X_MESCHAIN_ORIGIN';

	/** @var int */
	private static $depth = 0;

	/** @return void */
	public static function suppress() {
		self::$depth++;
	}

	/** @return void */
	public static function release() {
		if (self::$depth > 0) {
			self::$depth--;
		}
	}

	/**
	 * Whether events of the current request must not be sent.
	 *
	 * @param array<string, mixed> $server $_SERVER
	 * @return bool
	 */
	public static function isActive(array $server) {
		if (self::$depth > 0) {
			return true;
		}
		if (!isset($server[self::SERVER_KEY]) || $server[self::SERVER_KEY] !== 'bridge') {
			return false;
		}
		// Only the machine itself may claim to be the bridge; a shopper's header must not hide an order.
		$remote = isset($server['REMOTE_ADDR']) ? (string)$server['REMOTE_ADDR'] : '';

		return $remote === '::1' || strpos($remote, '127.') === 0 || $remote === '::ffff:127.0.0.1';
	}
}
