CREATE TABLE `oc_meschain_ozon_export_runs` (
	`job_id` varchar(36) NOT NULL,
	`mode` varchar(8) NOT NULL,
	`report` json NOT NULL,
	`created_at` datetime(3) NOT NULL,
	`finished_at` datetime(3),
	CONSTRAINT `oc_meschain_ozon_export_runs_job_id` PRIMARY KEY(`job_id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_import_tasks` (
	`id` int AUTO_INCREMENT NOT NULL,
	`job_id` varchar(36),
	`state` varchar(16) NOT NULL,
	`task_id` varchar(20),
	`items` json NOT NULL,
	`error` text,
	`created_at` datetime(3) NOT NULL,
	`sent_at` datetime(3),
	`checked_at` datetime(3),
	`settled_at` datetime(3),
	CONSTRAINT `oc_meschain_ozon_import_tasks_id` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_product_state` (
	`product_id` int NOT NULL,
	`variant_key` varchar(32) NOT NULL DEFAULT '',
	`offer_id` varchar(255) NOT NULL DEFAULT '',
	`name` varchar(600) NOT NULL DEFAULT '',
	`state` varchar(16) NOT NULL,
	`excluded` boolean NOT NULL DEFAULT false,
	`problems` json,
	`payload_hash` varchar(64),
	`sent_hash` varchar(64),
	`import_id` int,
	`task_id` varchar(20),
	`ozon_product_id` varchar(20),
	`ozon_sku` varchar(20),
	`ozon_status` varchar(64),
	`archived` boolean NOT NULL DEFAULT false,
	`stock` int NOT NULL DEFAULT 0,
	`sent_at` datetime(3),
	`live_at` datetime(3),
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_product_state_product_id_variant_key_pk` PRIMARY KEY(`product_id`,`variant_key`)
);
--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_import_tasks_state_idx` ON `oc_meschain_ozon_import_tasks` (`state`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_product_state_offer_idx` ON `oc_meschain_ozon_product_state` (`offer_id`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_product_state_state_idx` ON `oc_meschain_ozon_product_state` (`state`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_product_state_import_idx` ON `oc_meschain_ozon_product_state` (`import_id`);