<?php
namespace MeschainOzon;

/**
 * The bridge's base URL. The proxy forwards signed admin requests there, so it must stay on this machine:
 * a URL pointing anywhere else is refused rather than letting a settings change turn the proxy into an open relay.
 */
final class BridgeUrl {
	const DEFAULT_URL = 'http://127.0.0.1:7420';

	/**
	 * Normalises a configured URL: http only, a loopback host, an optional port, no path, query or credentials.
	 *
	 * @param mixed $url
	 * @return string|null e.g. http://127.0.0.1:7420 (no trailing slash), or null when not acceptable
	 */
	public static function normalize($url) {
		if (!is_string($url)) {
			return null;
		}
		$url = trim($url);
		if (preg_match('~^http://(\[::1\]|localhost|127(?:\.\d{1,3}){3})(?::(\d{1,5}))?/?\z~i', $url, $m) !== 1) {
			return null;
		}
		$host = strtolower($m[1]);
		if (strpos($host, '127.') === 0) {
			foreach (explode('.', $host) as $octet) {
				if ((int)$octet > 255) {
					return null;
				}
			}
		}
		$port = isset($m[2]) && $m[2] !== '' ? (int)$m[2] : 80;
		if ($port < 1 || $port > 65535) {
			return null;
		}

		return 'http://' . $host . ':' . $port;
	}

	/**
	 * The configured URL if acceptable, else the default.
	 *
	 * @param mixed $configured
	 * @return string
	 */
	public static function resolve($configured) {
		$url = self::normalize($configured);

		return $url === null ? self::DEFAULT_URL : $url;
	}
}
