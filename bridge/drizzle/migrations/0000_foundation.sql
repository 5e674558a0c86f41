CREATE TABLE `oc_meschain_ozon_jobs` (
	`id` varchar(36) NOT NULL,
	`kind` varchar(64) NOT NULL,
	`state` varchar(16) NOT NULL,
	`params` json NOT NULL,
	`progress_done` int NOT NULL DEFAULT 0,
	`progress_total` int NOT NULL DEFAULT 0,
	`checkpoint` json,
	`error` text,
	`summary` varchar(500),
	`owner` varchar(64),
	`heartbeat_at` datetime(3),
	`created_at` datetime(3) NOT NULL,
	`started_at` datetime(3),
	`finished_at` datetime(3),
	CONSTRAINT `oc_meschain_ozon_jobs_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_settings` (
	`key` varchar(64) NOT NULL,
	`value` json NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_settings_key` PRIMARY KEY(`key`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_store_events` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`event` varchar(32) NOT NULL,
	`entity_id` int NOT NULL,
	`data` json,
	`occurred_at` datetime(3) NOT NULL,
	`received_at` datetime(3) NOT NULL,
	`processed_at` datetime(3),
	CONSTRAINT `oc_meschain_ozon_store_events_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_log` (
	`id` bigint unsigned AUTO_INCREMENT NOT NULL,
	`at` datetime(3) NOT NULL,
	`level` varchar(8) NOT NULL,
	`kind` varchar(8) NOT NULL,
	`job_id` varchar(36),
	`entity` varchar(32),
	`entity_id` varchar(64),
	`message` varchar(1000) NOT NULL,
	`detail` json,
	`duration_ms` int,
	`http_status` int,
	CONSTRAINT `oc_meschain_ozon_log_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_jobs_state_idx` ON `oc_meschain_ozon_jobs` (`state`,`kind`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_store_events_pending_idx` ON `oc_meschain_ozon_store_events` (`processed_at`,`event`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_log_at_idx` ON `oc_meschain_ozon_log` (`at`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_log_level_at_idx` ON `oc_meschain_ozon_log` (`level`,`at`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_log_job_idx` ON `oc_meschain_ozon_log` (`job_id`);