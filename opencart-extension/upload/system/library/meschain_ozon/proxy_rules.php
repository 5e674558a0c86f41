<?php
namespace MeschainOzon;

/**
 * The panel proxy's decisions as pure functions: which OpenCart permission a method needs, whether a path may be
 * forwarded, and which answers are progress streams. Kept free of OpenCart so the tests exercise the real rules.
 */
final class ProxyRules {
	const PREFIX = '/api/v1/';
	const MAX_PATH_LENGTH = 2048;
	const MAX_BODY_BYTES = 5242880;

	/**
	 * The OpenCart permission key a method needs: reads need "access", everything else "modify".
	 *
	 * @param string $method
	 * @return string 'access' or 'modify'
	 */
	public static function requiredPermission($method) {
		$method = strtoupper((string)$method);

		return ($method === 'GET' || $method === 'HEAD') ? 'access' : 'modify';
	}

	/**
	 * Whether the user may make this request, given what OpenCart says about the two permissions.
	 *
	 * @param string $method
	 * @param bool $canAccess user->hasPermission('access', route)
	 * @param bool $canModify user->hasPermission('modify', route)
	 * @return bool
	 */
	public static function isAllowed($method, $canAccess, $canModify) {
		if (!self::isSupportedMethod($method)) {
			return false;
		}

		return self::requiredPermission($method) === 'access' ? (bool)$canAccess : (bool)$canModify;
	}

	/**
	 * Methods the proxy forwards at all; the bridge's API uses no others.
	 *
	 * @param string $method
	 * @return bool
	 */
	public static function isSupportedMethod($method) {
		return in_array(strtoupper((string)$method), array('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'), true);
	}

	/**
	 * Checks a request target the panel asked for. Only the bridge's API may be reached, never its panel, health or
	 * any other path, and nothing that a server could normalise into another path.
	 *
	 * @param mixed $path e.g. /api/v1/products?page=2
	 * @return string|null the path unchanged when valid, null otherwise
	 */
	public static function validatePath($path) {
		if (!is_string($path) || $path === '' || strlen($path) > self::MAX_PATH_LENGTH) {
			return null;
		}
		if (strpos($path, self::PREFIX) !== 0) {
			return null;
		}
		// RFC 3986 path and query characters only: no spaces, controls, backslashes, fragments or raw UTF-8.
		if (preg_match('~^[A-Za-z0-9\-._\~!$&\'()*+,;=:@/?%]+\z~', $path) !== 1) {
			return null;
		}
		if (preg_match('/%(?![0-9A-Fa-f]{2})/', $path) === 1) {
			return null;
		}
		$decoded = rawurldecode($path);
		// Dot segments and empty segments are refused in both spellings, so "%2e%2e" cannot climb either.
		if (strpos($path, '..') !== false || strpos($decoded, '..') !== false) {
			return null;
		}
		$pathPart = explode('?', $path, 2);
		if (strpos($pathPart[0], '//') !== false || strpos($decoded, '\\') !== false) {
			return null;
		}

		return $path;
	}

	/**
	 * Whether the client asked for a progress stream, which gets a long idle timeout instead of a total one.
	 *
	 * @param mixed $accept the request's Accept header
	 * @return bool
	 */
	public static function wantsStream($accept) {
		if (!is_string($accept)) {
			return false;
		}

		return stripos($accept, 'text/event-stream') !== false || stripos($accept, 'application/x-ndjson') !== false;
	}

	/**
	 * Whether a content type from the bridge is a progress stream that must be flushed chunk by chunk.
	 *
	 * @param mixed $contentType
	 * @return bool
	 */
	public static function isStreamType($contentType) {
		return self::wantsStream($contentType);
	}
}
