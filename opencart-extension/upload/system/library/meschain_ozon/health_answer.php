<?php
namespace MeschainOzon;

/**
 * What the bridge's GET /health answer says about it. A bridge that cannot reach the store's database still runs
 * and answers 503 DATABASE_UNAVAILABLE: the panel must load and show that, not tell the merchant to start a bridge
 * that is already running.
 */
final class HealthAnswer {
	const RUNS = 'runs';
	const DATABASE_DOWN = 'database_down';
	const DOWN = 'down';

	/**
	 * @param array{ok: bool, status: int, body: string} $result BridgeClient::request's answer to GET /health
	 * @return string one of RUNS, DATABASE_DOWN, DOWN
	 */
	public static function of(array $result) {
		if (!$result['ok']) {
			return self::DOWN;
		}
		if ($result['status'] === 200) {
			return self::RUNS;
		}
		if ($result['status'] !== 503) {
			return self::DOWN;
		}
		$envelope = json_decode($result['body'], true);

		return is_array($envelope) && isset($envelope['error']['code']) && $envelope['error']['code'] === 'DATABASE_UNAVAILABLE'
			? self::DATABASE_DOWN
			: self::DOWN;
	}
}
