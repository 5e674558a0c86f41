<?php
namespace MeschainOzon;

/**
 * HTTP/1.0 over a plain socket, for stores whose PHP lacks curl. HTTP/1.0 keeps the answer unchunked and ends it
 * by closing; a chunked answer is decoded anyway in case a server chunks regardless.
 */
final class SocketTransport {
	/**
	 * @param string $baseUrl
	 * @param string $method
	 * @param string $target
	 * @param string $body
	 * @param string[] $headers
	 * @param array{connect_ms: int, total_ms: int, idle_ms: int} $timeouts
	 * @param Transfer $transfer
	 * @return string '' on success, else a short reason
	 */
	public static function send($baseUrl, $method, $target, $body, array $headers, array $timeouts, Transfer $transfer) {
		$hostPort = BridgeUrl::hostPort($baseUrl);
		$start = microtime(true);
		$errno = 0;
		$errstr = '';
		// PHP reports a refused connection as a warning; OpenCart would print it into the page, so hush it here
		// without "@" (OpenCart 3's handler still sees "@"-silenced errors on PHP 8).
		set_error_handler(function () {
			return true;
		});
		try {
			$socket = stream_socket_client(
				'tcp://' . $hostPort[0] . ':' . $hostPort[1],
				$errno,
				$errstr,
				max(0.001, $timeouts['connect_ms'] / 1000)
			);
			if ($socket === false) {
				return $errno === 110 || stripos((string)$errstr, 'timed out') !== false ? 'timeout' : 'connect: refused';
			}
			try {
				return self::exchange($socket, $hostPort, $method, $target, $body, $headers, $timeouts, $start, $transfer);
			} finally {
				fclose($socket);
			}
		} finally {
			restore_error_handler();
		}
	}

	/**
	 * @param resource $socket
	 * @param array{0: string, 1: int} $hostPort
	 * @param string $method
	 * @param string $target
	 * @param string $body
	 * @param string[] $headers
	 * @param array{connect_ms: int, total_ms: int, idle_ms: int} $timeouts
	 * @param float $start
	 * @param Transfer $transfer
	 * @return string
	 */
	private static function exchange($socket, array $hostPort, $method, $target, $body, array $headers, array $timeouts, $start, Transfer $transfer) {
		$request = $method . ' ' . $target . " HTTP/1.0\r\nHost: " . $hostPort[0] . ':' . $hostPort[1] . "\r\n"
			. "Connection: close\r\n";
		foreach ($headers as $line) {
			$request .= $line . "\r\n";
		}
		if ($body !== '' || ($method !== 'GET' && $method !== 'HEAD')) {
			$request .= 'Content-Length: ' . strlen($body) . "\r\n";
		}
		$request .= "\r\n" . $body;

		$deadline = $timeouts['idle_ms'] > 0 ? 0.0 : $start + $timeouts['total_ms'] / 1000;
		if (!self::writeAll($socket, $request, $deadline)) {
			return 'send failed';
		}

		$head = '';
		$inBody = false;
		$decoder = null;
		while (true) {
			$wait = $deadline > 0 ? $deadline - microtime(true) : $timeouts['idle_ms'] / 1000;
			if ($wait <= 0) {
				return 'timeout';
			}
			stream_set_timeout($socket, (int)floor($wait), (int)(($wait - floor($wait)) * 1000000));
			$data = fread($socket, 8192);
			$meta = stream_get_meta_data($socket);
			if (!empty($meta['timed_out'])) {
				return 'timeout';
			}
			if ($data === false || $data === '') {
				if (feof($socket)) {
					break;
				}
				continue;
			}
			if (!$inBody) {
				$head .= $data;
				$end = strpos($head, "\r\n\r\n");
				if ($end === false) {
					if (strlen($head) > 65536) {
						return 'bad answer';
					}
					continue;
				}
				foreach (explode("\r\n", substr($head, 0, $end)) as $line) {
					$transfer->headerLine($line);
				}
				$inBody = true;
				$headers = $transfer->headers();
				if (isset($headers['transfer-encoding']) && stripos($headers['transfer-encoding'], 'chunked') !== false) {
					$decoder = new ChunkDecoder();
				}
				$data = (string)substr($head, $end + 4);
				$transfer->finish();
			}
			if ($decoder !== null) {
				$data = $decoder->feed($data);
			}
			if ($data !== '' && !$transfer->body($data)) {
				return 'aborted';
			}
			if ($decoder !== null && $decoder->done()) {
				break;
			}
		}

		return $inBody ? '' : 'empty reply';
	}

	/**
	 * @param resource $socket
	 * @param string $data
	 * @param float $deadline 0 for none
	 * @return bool
	 */
	private static function writeAll($socket, $data, $deadline) {
		while ($data !== '') {
			if ($deadline > 0 && microtime(true) > $deadline) {
				return false;
			}
			$written = fwrite($socket, $data);
			if ($written === false || $written === 0) {
				return false;
			}
			$data = (string)substr($data, $written);
		}

		return true;
	}
}

/**
 * Incremental decoder for Transfer-Encoding: chunked.
 */
final class ChunkDecoder {
	/** @var string */
	private $buffer = '';
	/** @var int bytes left in the current chunk; -1 while reading a size line */
	private $left = -1;
	/** @var bool */
	private $done = false;

	/**
	 * @param string $data raw bytes from the socket
	 * @return string decoded body bytes available so far
	 */
	public function feed($data) {
		$this->buffer .= $data;
		$out = '';
		while (!$this->done) {
			if ($this->left < 0) {
				$eol = strpos($this->buffer, "\r\n");
				if ($eol === false) {
					break;
				}
				$size = hexdec(trim(explode(';', substr($this->buffer, 0, $eol), 2)[0]));
				$this->buffer = (string)substr($this->buffer, $eol + 2);
				if ($size === 0) {
					$this->done = true;
					break;
				}
				$this->left = (int)$size;
			}
			if ($this->left > 0) {
				$take = (string)substr($this->buffer, 0, $this->left);
				$out .= $take;
				$this->left -= strlen($take);
				$this->buffer = (string)substr($this->buffer, strlen($take));
			}
			if ($this->left === 0) {
				if (strlen($this->buffer) < 2) {
					break;
				}
				$this->buffer = (string)substr($this->buffer, 2);
				$this->left = -1;
			}
			if ($this->left > 0) {
				break;
			}
		}

		return $out;
	}

	/** @return bool */
	public function done() {
		return $this->done;
	}
}
