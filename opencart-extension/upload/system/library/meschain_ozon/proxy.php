<?php
namespace MeschainOzon;

/**
 * Forwards one panel request to the bridge. The admin controller has already checked the user's permission and
 * the path; this decides timeouts and which headers travel in each direction.
 */
final class Proxy {
	/** Answer headers the browser gets from the bridge besides the status and Content-Type. */
	const PASSED_HEADERS = 'cache-control,content-disposition,x-request-id,retry-after';

	/**
	 * @param BridgeClient $client
	 * @param string $method
	 * @param string $target a path accepted by ProxyRules::validatePath()
	 * @param string $body
	 * @param string $contentType the browser's Content-Type ('' for none)
	 * @param string $accept the browser's Accept ('' for none)
	 * @param HttpSink $sink
	 * @return array{ok: bool, begun: bool, error: string}
	 */
	public static function forward(BridgeClient $client, $method, $target, $body, $contentType, $accept, HttpSink $sink) {
		$headers = array();
		if ($contentType !== '' && preg_match('/^[\x20-\x7e]{1,200}\z/', $contentType) === 1) {
			$headers[] = 'Content-Type: ' . $contentType;
		}
		$headers[] = 'Accept: ' . ($accept !== '' && preg_match('/^[\x20-\x7e]{1,500}\z/', $accept) === 1 ? $accept : 'application/json');

		return $client->stream($method, $target, $body, $headers, self::timeouts($accept), $sink);
	}

	/**
	 * Loopback connects in microseconds, so one second only covers a bridge that is stuck accepting. Ordinary
	 * answers get a minute (a connection check calls Ozon); progress streams may last as long as they keep sending.
	 *
	 * @param string $accept
	 * @return array{connect_ms: int, total_ms: int, idle_ms: int}
	 */
	public static function timeouts($accept) {
		return ProxyRules::wantsStream($accept) ? BridgeClient::timeouts(1000, 0, 60000) : BridgeClient::timeouts(1000, 60000);
	}

	/**
	 * Picks the answer headers the browser may see, as "Name: value" lines.
	 *
	 * @param array<string, string> $headers lower-case names from the bridge
	 * @return string[]
	 */
	public static function passedHeaders(array $headers) {
		$lines = array();
		$contentType = isset($headers['content-type']) ? $headers['content-type'] : 'application/json';
		$lines[] = 'Content-Type: ' . $contentType;
		foreach (explode(',', self::PASSED_HEADERS) as $name) {
			if (isset($headers[$name]) && preg_match('/^[\x20-\x7e]*\z/', $headers[$name]) === 1) {
				$lines[] = self::displayName($name) . ': ' . $headers[$name];
			}
		}
		if (ProxyRules::isStreamType($contentType)) {
			// Stops nginx and similar fronts from holding progress events back.
			$lines[] = 'X-Accel-Buffering: no';
			if (!isset($headers['cache-control'])) {
				$lines[] = 'Cache-Control: no-store';
			}
		}

		return $lines;
	}

	/**
	 * @param string $name
	 * @return string
	 */
	private static function displayName($name) {
		return str_replace(' ', '-', ucwords(str_replace('-', ' ', $name)));
	}
}

/**
 * Sends a bridge answer straight to the browser: headers on begin(), then each chunk flushed at once.
 */
final class OutputSink implements HttpSink {
	public function begin($status, array $headers) {
		if (!headers_sent()) {
			http_response_code((int)$status);
			foreach (Proxy::passedHeaders($headers) as $line) {
				header($line, true);
			}
		}
		// Drop any output buffers so progress events leave as they arrive; only removable ones, to stay quiet.
		foreach (array_reverse(ob_get_status(true)) as $buffer) {
			if (!isset($buffer['flags']) || !($buffer['flags'] & PHP_OUTPUT_HANDLER_REMOVABLE) || !ob_end_flush()) {
				break;
			}
		}
	}

	public function write($chunk) {
		echo $chunk;
		flush();

		return connection_aborted() === 0;
	}
}
