<?php
namespace MeschainOzon;

/**
 * Stops the store from echoing the bridge's own writes back to it as store events. A request the bridge makes to
 * OpenCart (e.g. creating an Ozon order through the store's API) proves where it comes from with a signature in
 * the X-MesChain-Origin-* headers (bridge/src/security/store-origin.ts builds them); PHP code that writes on the
 * bridge's behalf inside one request calls suppress() first.
 *
 * Neither a header nor the caller's address proves anything: behind a reverse proxy on the same machine every
 * shopper arrives from loopback and may send any header, and must never be able to hide an order.
 */
final class LoopGuard {
	const HEADER = 'X-MesChain-Origin';
	const HEADER_TIMESTAMP = 'X-MesChain-Origin-Timestamp';
	const HEADER_NONCE = 'X-MesChain-Origin-Nonce';
	const HEADER_SIGNATURE = 'X-MesChain-Origin-Signature';
	/** The first signed line; it keeps this signature apart from the extension's signatures to the bridge. */
	const PURPOSE = 'meschain-bridge-origin';
	/** How far the signed time may be from the store's clock, as on the bridge. */
	const WINDOW_SECONDS = 60;

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
	 * Whether events of the current request must not be sent: inside suppress(), or the request carries the
	 * bridge's valid, fresh signature.
	 *
	 * @param array<string, mixed> $server $_SERVER
	 * @param mixed $secret the shared secret from the module's settings
	 * @param callable|null $readBody returns the raw request body; defaults to php://input, read only when a
	 *   signature is there to check
	 * @param int|null $now unix seconds; defaults to now
	 * @return bool
	 */
	public static function isActive(array $server, $secret, $readBody = null, $now = null) {
		if (self::$depth > 0) {
			return true;
		}

		return self::signedByBridge($server, $secret, $readBody, $now);
	}

	/**
	 * @param array<string, mixed> $server
	 * @param mixed $secret
	 * @param callable|null $readBody
	 * @param int|null $now
	 * @return bool
	 */
	private static function signedByBridge(array $server, $secret, $readBody, $now) {
		if (!Signer::isValidSecret($secret)) {
			return false;
		}
		$timestamp = self::value($server, 'HTTP_X_MESCHAIN_ORIGIN_TIMESTAMP');
		$nonce = self::value($server, 'HTTP_X_MESCHAIN_ORIGIN_NONCE');
		$presented = self::value($server, 'HTTP_X_MESCHAIN_ORIGIN_SIGNATURE');
		if (preg_match('/^[0-9]{1,12}\z/', $timestamp) !== 1
			|| preg_match('/^[0-9a-f]{16,128}\z/i', $nonce) !== 1
			|| preg_match('/^[0-9a-f]{64}\z/i', $presented) !== 1) {
			return false;
		}
		$now = $now === null ? time() : (int)$now;
		if (abs($now - (int)$timestamp) > self::WINDOW_SECONDS) {
			return false;
		}
		$method = strtoupper(self::value($server, 'REQUEST_METHOD'));
		$target = self::value($server, 'REQUEST_URI');
		$body = $readBody === null ? (string)file_get_contents('php://input') : (string)call_user_func($readBody);
		$expected = Signer::signLines((string)$secret, array(self::PURPOSE, $method, $target, $timestamp, $nonce), $body);

		return hash_equals($expected, strtolower($presented));
	}

	/**
	 * @param array<string, mixed> $server
	 * @param string $key
	 * @return string
	 */
	private static function value(array $server, $key) {
		return isset($server[$key]) && is_string($server[$key]) ? $server[$key] : '';
	}
}
