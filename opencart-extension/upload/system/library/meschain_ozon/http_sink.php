<?php
namespace MeschainOzon;

/**
 * Where a bridge answer goes. The client calls begin() once, when the status line and headers are known and before
 * the first body byte, then write() for each chunk. The proxy's sink sends to the browser as bytes arrive (so
 * progress streams reach the panel live); the buffer sink keeps everything for callers that want one string.
 */
interface HttpSink {
	/**
	 * @param int $status
	 * @param array<string, string> $headers lower-case names
	 * @return void
	 */
	public function begin($status, array $headers);

	/**
	 * @param string $chunk
	 * @return bool false to abort the transfer (e.g. the browser went away)
	 */
	public function write($chunk);
}

/**
 * Collects a whole answer in memory.
 */
final class BufferSink implements HttpSink {
	/** @var int */
	public $status = 0;
	/** @var array<string, string> */
	public $headers = array();
	/** @var string */
	public $body = '';
	/** @var int */
	private $limit;

	/**
	 * @param int $limit bytes kept at most; the transfer is aborted past it
	 */
	public function __construct($limit = 10485760) {
		$this->limit = (int)$limit;
	}

	public function begin($status, array $headers) {
		$this->status = (int)$status;
		$this->headers = $headers;
	}

	public function write($chunk) {
		$this->body .= $chunk;

		return strlen($this->body) <= $this->limit;
	}
}
