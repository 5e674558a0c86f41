CREATE TABLE `oc_meschain_ozon_dry_run_units` (
	`product_id` int NOT NULL,
	`variant_key` varchar(32) NOT NULL DEFAULT '',
	`offer_id` varchar(255) NOT NULL DEFAULT '',
	`name` varchar(600) NOT NULL DEFAULT '',
	`stock` int NOT NULL DEFAULT 0,
	`action` varchar(16) NOT NULL,
	`problems` json,
	`job_id` varchar(36) NOT NULL,
	`checked_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_dry_run_units_product_id_variant_key_pk` PRIMARY KEY(`product_id`,`variant_key`)
);
--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_dry_run_units_action_idx` ON `oc_meschain_ozon_dry_run_units` (`action`);