<?php
namespace MeschainOzon;

/**
 * Signs requests to the bridge with the shared secret (the contract in notes/team-rules.md):
 * hex HMAC-SHA256(secret, METHOD \n PATH_WITH_QUERY \n TIMESTAMP \n NONCE \n hex(SHA256(body))).
 */
final class Signer {
	const HEADER_TIMESTAMP = 'X-MesChain-Timestamp';
	const HEADER_NONCE = 'X-MesChain-Nonce';
	const HEADER_SIGNATURE = 'X-MesChain-Signature';

	/**
	 * The signature for one request.
	 *
	 * @param string $secret 64 hex chars from the settings table
	 * @param string $method HTTP method, any case
	 * @param string $target path with query exactly as sent, e.g. /api/v1/products?page=2
	 * @param string|int $timestamp unix seconds
	 * @param string $nonce random hex
	 * @param string $body raw body bytes, '' for none
	 * @return string lowercase hex
	 */
	public static function sign($secret, $method, $target, $timestamp, $nonce, $body) {
		return self::signLines($secret, array(strtoupper((string)$method), (string)$target, (string)$timestamp, (string)$nonce), $body);
	}

	/**
	 * The shape of every signature between the extension and the bridge: hex HMAC-SHA256 over the lines and the
	 * body's SHA-256, joined by newlines (requestHmac in bridge/src/security/request-hmac.ts).
	 *
	 * @param string $secret
	 * @param string[] $lines
	 * @param string $body raw body bytes, '' for none
	 * @return string lowercase hex
	 */
	public static function signLines($secret, array $lines, $body) {
		$lines[] = hash('sha256', (string)$body);

		return hash_hmac('sha256', implode("\n", $lines), (string)$secret);
	}

	/**
	 * The three auth headers for a request, as "Name: value" lines ready for curl.
	 *
	 * @param string $secret
	 * @param string $method
	 * @param string $target
	 * @param string $body
	 * @param int|null $timestamp defaults to now; tests pass a fixed one
	 * @param string|null $nonce defaults to 16 random bytes in hex
	 * @return string[]
	 */
	public static function headers($secret, $method, $target, $body, $timestamp = null, $nonce = null) {
		$timestamp = $timestamp === null ? time() : (int)$timestamp;
		$nonce = $nonce === null ? self::nonce() : (string)$nonce;

		return array(
			self::HEADER_TIMESTAMP . ': ' . $timestamp,
			self::HEADER_NONCE . ': ' . $nonce,
			self::HEADER_SIGNATURE . ': ' . self::sign($secret, $method, $target, $timestamp, $nonce, $body),
		);
	}

	/**
	 * A fresh nonce: 32 hex chars, so two requests in the same second never collide.
	 *
	 * @return string
	 */
	public static function nonce() {
		return bin2hex(random_bytes(16));
	}

	/**
	 * A new shared secret: 32 random bytes as 64 lowercase hex chars.
	 *
	 * @return string
	 */
	public static function newSecret() {
		return bin2hex(random_bytes(32));
	}

	/**
	 * Whether a stored secret has the contract's shape; anything else is treated as missing.
	 *
	 * @param mixed $secret
	 * @return bool
	 */
	public static function isValidSecret($secret) {
		return is_string($secret) && preg_match('/^[0-9a-f]{64}\z/', $secret) === 1;
	}
}
