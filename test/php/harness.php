<?php
/*
 * A small test runner for the extension's PHP logic. Every notice, warning or deprecation becomes an exception,
 * so a case that would print one into an OpenCart page fails here. Results go to stdout as one JSON line after a
 * marker; logic.test.ts turns each case into a vitest test.
 */
error_reporting(E_ALL);
ini_set('display_errors', 'stderr');
set_error_handler(function ($severity, $message, $file, $line) {
	throw new ErrorException($message, 0, $severity, $file, $line);
});

require_once __DIR__ . '/../../opencart-extension/upload/system/library/meschain_ozon/bootstrap.php';

final class AssertionFailed extends Exception {
}

final class T {
	/** @var array<int, array{0: string, 1: callable}> */
	private static $cases = array();
	/** @var int */
	public static $assertions = 0;

	public static function test($name, $fn) {
		self::$cases[] = array($name, $fn);
	}

	public static function run() {
		$results = array();
		foreach (self::$cases as $case) {
			self::$assertions = 0;
			$result = array('name' => $case[0], 'ok' => true, 'message' => '', 'assertions' => 0);
			try {
				call_user_func($case[1]);
				if (self::$assertions === 0) {
					$result['ok'] = false;
					$result['message'] = 'the case asserted nothing';
				}
			} catch (Throwable $e) {
				$result['ok'] = false;
				$result['message'] = get_class($e) . ': ' . $e->getMessage() . ' at ' . basename($e->getFile()) . ':' . $e->getLine();
			}
			$result['assertions'] = self::$assertions;
			$results[] = $result;
		}
		echo "\n@@PHP-TEST-RESULTS@@" . json_encode($results) . "\n";
	}
}

function assert_same($expected, $actual, $message = '') {
	T::$assertions++;
	if ($expected !== $actual) {
		throw new AssertionFailed(($message === '' ? '' : $message . ': ') . 'expected ' . var_export($expected, true) . ', got ' . var_export($actual, true));
	}
}

function assert_true($condition, $message) {
	T::$assertions++;
	if ($condition !== true) {
		throw new AssertionFailed($message);
	}
}

/** A sink that records how an answer arrived, for checking that streams are passed on chunk by chunk. */
final class RecordingSink implements \MeschainOzon\HttpSink {
	/** @var array<int, string> */
	public $calls = array();
	/** @var int */
	public $status = 0;
	/** @var array<string, string> */
	public $headers = array();
	/** @var string[] */
	public $chunks = array();

	public function begin($status, array $headers) {
		$this->calls[] = 'begin';
		$this->status = $status;
		$this->headers = $headers;
	}

	public function write($chunk) {
		$this->calls[] = 'write';
		$this->chunks[] = $chunk;

		return true;
	}
}
