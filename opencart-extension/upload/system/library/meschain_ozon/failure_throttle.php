<?php
namespace MeschainOzon;

/**
 * Limits "bridge unreachable" log lines to one a minute. Each PHP request is a new process, so the time of the
 * last line is kept in a small file rather than in memory.
 */
final class FailureThrottle {
	const INTERVAL = 60;

	/** @var string */
	private $stateFile;

	/**
	 * @param string $stateFile a writable path, e.g. in OpenCart's cache directory
	 */
	public function __construct($stateFile) {
		$this->stateFile = (string)$stateFile;
	}

	/**
	 * The pure rule: log when nothing was logged yet or the last line is at least a minute old.
	 *
	 * @param int|null $lastLogged unix seconds
	 * @param int $now
	 * @return bool
	 */
	public static function shouldLog($lastLogged, $now) {
		return $lastLogged === null || $now - $lastLogged >= self::INTERVAL || $now < $lastLogged;
	}

	/**
	 * Decides for now and, when it says yes, records the time.
	 *
	 * @param int|null $now defaults to time()
	 * @return bool
	 */
	public function claim($now = null) {
		$now = $now === null ? time() : (int)$now;
		$last = null;
		if (is_file($this->stateFile)) {
			$text = file_get_contents($this->stateFile);
			if (is_string($text) && preg_match('/^\d+\z/', trim($text)) === 1) {
				$last = (int)trim($text);
			}
		}
		if (!self::shouldLog($last, $now)) {
			return false;
		}
		file_put_contents($this->stateFile, (string)$now, LOCK_EX);

		return true;
	}
}
