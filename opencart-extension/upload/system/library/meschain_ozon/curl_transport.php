<?php
namespace MeschainOzon;

/**
 * HTTP through the curl extension.
 */
final class CurlTransport {
	/**
	 * @param string $url
	 * @param string $method
	 * @param string $body
	 * @param string[] $headers
	 * @param array{connect_ms: int, total_ms: int, idle_ms: int} $timeouts
	 * @param Transfer $transfer
	 * @return string '' on success, else a short reason without secrets
	 */
	public static function send($url, $method, $body, array $headers, array $timeouts, Transfer $transfer) {
		$ch = curl_init($url);
		if ($ch === false) {
			return 'internal: curl_init failed';
		}
		// An empty Expect stops curl from waiting for "100 Continue" on bodies over 1 KB.
		$headers[] = 'Expect:';
		$options = array(
			CURLOPT_CUSTOMREQUEST => $method,
			CURLOPT_HTTPHEADER => $headers,
			CURLOPT_CONNECTTIMEOUT_MS => max(1, $timeouts['connect_ms']),
			CURLOPT_FOLLOWLOCATION => false,
			// Sub-second timeouts need NOSIGNAL where curl resolves names with signals.
			CURLOPT_NOSIGNAL => true,
			// A proxy set in the environment must never see loopback traffic carrying signatures.
			CURLOPT_PROXY => '',
			CURLOPT_NOPROXY => '*',
			CURLOPT_HEADERFUNCTION => function ($handle, $line) use ($transfer) {
				$transfer->headerLine($line);

				return strlen($line);
			},
			CURLOPT_WRITEFUNCTION => function ($handle, $chunk) use ($transfer) {
				return $transfer->body($chunk) ? strlen($chunk) : 0;
			},
		);
		if (defined('CURLOPT_PROTOCOLS') && defined('CURLPROTO_HTTP')) {
			$options[CURLOPT_PROTOCOLS] = CURLPROTO_HTTP;
		}
		if ($timeouts['idle_ms'] > 0) {
			$options[CURLOPT_LOW_SPEED_LIMIT] = 1;
			$options[CURLOPT_LOW_SPEED_TIME] = max(1, (int)ceil($timeouts['idle_ms'] / 1000));
		} else {
			$options[CURLOPT_TIMEOUT_MS] = max(1, $timeouts['total_ms']);
		}
		if ($method === 'HEAD') {
			$options[CURLOPT_NOBODY] = true;
		} elseif ($body !== '' || $method !== 'GET') {
			$options[CURLOPT_POSTFIELDS] = $body;
		}
		curl_setopt_array($ch, $options);
		curl_exec($ch);
		$errno = curl_errno($ch);
		curl_close($ch);

		return $errno === 0 ? '' : self::reason($errno);
	}

	/**
	 * @param int $errno
	 * @return string
	 */
	private static function reason($errno) {
		switch ($errno) {
			case 7:
				return 'connect: refused';
			case 28:
				return 'timeout';
			case 23:
				return 'aborted';
			case 52:
				return 'empty reply';
			case 56:
				return 'receive failed';
			default:
				return 'curl error ' . $errno;
		}
	}
}
