<?php
namespace MeschainOzon;

/**
 * Talks to the bridge on loopback through curl, signing every request. It never throws and never waits longer
 * than the timeouts it is given: a stopped bridge must not stall checkout or the admin. curl is always there:
 * OpenCart 3's own installer refuses to install without it.
 */
final class BridgeClient {
	/** @var string */
	private $baseUrl;
	/** @var string */
	private $secret;

	/**
	 * @param string $baseUrl a value from BridgeUrl::normalize()/resolve()
	 * @param string $secret the shared secret
	 */
	public function __construct($baseUrl, $secret) {
		$this->baseUrl = (string)$baseUrl;
		$this->secret = (string)$secret;
	}

	/**
	 * Timeout settings. With idle > 0 there is no total limit: the answer may last as long as bytes keep coming
	 * (progress streams); with idle = 0 the whole exchange must finish within total.
	 *
	 * @param int $connectMs
	 * @param int $totalMs
	 * @param int $idleMs
	 * @return array{connect_ms: int, total_ms: int, idle_ms: int}
	 */
	public static function timeouts($connectMs, $totalMs, $idleMs = 0) {
		return array('connect_ms' => (int)$connectMs, 'total_ms' => (int)$totalMs, 'idle_ms' => (int)$idleMs);
	}

	/**
	 * One buffered request.
	 *
	 * @param string $method
	 * @param string $target path with query, starting with /
	 * @param string $body
	 * @param string[] $headers extra "Name: value" lines (Content-Type, Accept...)
	 * @param array{connect_ms: int, total_ms: int, idle_ms: int} $timeouts
	 * @return array{ok: bool, status: int, headers: array<string, string>, body: string, error: string}
	 */
	public function request($method, $target, $body, array $headers, array $timeouts) {
		$sink = new BufferSink();
		$result = $this->stream($method, $target, $body, $headers, $timeouts, $sink);

		return array(
			'ok' => $result['ok'],
			'status' => $sink->status,
			'headers' => $sink->headers,
			'body' => $sink->body,
			'error' => $result['error'],
		);
	}

	/**
	 * One request whose answer is handed to a sink as it arrives.
	 *
	 * @param string $method
	 * @param string $target
	 * @param string $body
	 * @param string[] $headers
	 * @param array{connect_ms: int, total_ms: int, idle_ms: int} $timeouts
	 * @param HttpSink $sink
	 * @return array{ok: bool, begun: bool, error: string} begun tells whether the sink saw the status (a failure
	 *   before that means the bridge never answered)
	 */
	public function stream($method, $target, $body, array $headers, array $timeouts, HttpSink $sink) {
		$method = strtoupper((string)$method);
		$body = (string)$body;
		$all = array_merge(self::cleanHeaders($headers), Signer::headers($this->secret, $method, $target, $body));
		$transfer = new Transfer($sink);
		try {
			$error = CurlTransport::send($this->baseUrl . $target, $method, $body, $all, $timeouts, $transfer);
		} catch (\Throwable $e) {
			$error = 'internal: ' . get_class($e);
		}
		if ($error === '' && !$transfer->begun()) {
			$transfer->finish();
		}

		return array('ok' => $error === '', 'begun' => $transfer->begun(), 'error' => $error);
	}

	/**
	 * Drops header lines that could split the request or impersonate the signature headers.
	 *
	 * @param string[] $headers
	 * @return string[]
	 */
	private static function cleanHeaders(array $headers) {
		$clean = array();
		foreach ($headers as $line) {
			$line = (string)$line;
			if (preg_match('/^[A-Za-z0-9-]+: [^\r\n]*\z/', $line) === 1 && stripos($line, 'x-meschain-') !== 0) {
				$clean[] = $line;
			}
		}

		return $clean;
	}
}

/**
 * The state of one answer being received: status and headers until the first body byte, then pass-through.
 */
final class Transfer {
	/** @var HttpSink */
	private $sink;
	/** @var int */
	private $status = 0;
	/** @var array<string, string> */
	private $headers = array();
	/** @var bool */
	private $begun = false;

	public function __construct(HttpSink $sink) {
		$this->sink = $sink;
	}

	/**
	 * Takes one header line (status line, header or the blank line); a new status line starts over, which skips
	 * interim 1xx answers.
	 *
	 * @param string $line
	 * @return void
	 */
	public function headerLine($line) {
		$line = rtrim($line, "\r\n");
		if (preg_match('~^HTTP/\d(?:\.\d)? (\d{3})~', $line, $m) === 1) {
			$this->status = (int)$m[1];
			$this->headers = array();
			return;
		}
		$colon = strpos($line, ':');
		if ($colon !== false) {
			$this->headers[strtolower(trim(substr($line, 0, $colon)))] = trim(substr($line, $colon + 1));
		}
	}

	/**
	 * @param string $chunk
	 * @return bool false when the sink wants to stop
	 */
	public function body($chunk) {
		$this->finish();

		return $chunk === '' ? true : $this->sink->write($chunk);
	}

	/**
	 * Announces status and headers to the sink if not done yet (answers without a body).
	 *
	 * @return void
	 */
	public function finish() {
		if (!$this->begun && $this->status > 0) {
			$this->begun = true;
			$this->sink->begin($this->status, $this->headers);
		}
	}

	/** @return bool */
	public function begun() {
		return $this->begun;
	}
}
