<?php
namespace MeschainOzon;

/**
 * The bridge's JSON error envelope, produced by the proxy itself when it answers without the bridge, so the panel
 * handles one error shape wherever an error came from.
 */
final class ErrorEnvelope {
	/**
	 * @param string $code e.g. BRIDGE_UNAVAILABLE
	 * @param string $message for the merchant
	 * @param string|null $requestId defaults to a fresh random id
	 * @return string JSON
	 */
	public static function json($code, $message, $requestId = null) {
		$requestId = $requestId === null ? 'oc-' . bin2hex(random_bytes(8)) : (string)$requestId;

		return (string)json_encode(
			array('error' => array('code' => (string)$code, 'message' => (string)$message, 'requestId' => $requestId)),
			JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
		);
	}
}
