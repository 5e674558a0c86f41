<?php
/*
 * Loads the extension's shared PHP logic. Both OpenCart apps (admin and catalog) and the PHP tests include
 * this one file, so the classes never depend on OpenCart's autoloader or on the OpenCart registry.
 */
require_once __DIR__ . '/module_info.php';
require_once __DIR__ . '/signer.php';
require_once __DIR__ . '/proxy_rules.php';
require_once __DIR__ . '/bridge_url.php';
require_once __DIR__ . '/http_sink.php';
require_once __DIR__ . '/bridge_client.php';
require_once __DIR__ . '/health_answer.php';
require_once __DIR__ . '/curl_transport.php';
require_once __DIR__ . '/error_envelope.php';
require_once __DIR__ . '/event_payload.php';
require_once __DIR__ . '/failure_throttle.php';
require_once __DIR__ . '/loop_guard.php';
require_once __DIR__ . '/notifier.php';
require_once __DIR__ . '/panel_assets.php';
require_once __DIR__ . '/proxy.php';
