CREATE TABLE `oc_meschain_ozon_offer_prices` (
	`product_id` int NOT NULL,
	`variant_key` varchar(32) NOT NULL DEFAULT '',
	`offer_id` varchar(255) NOT NULL,
	`wanted_price` varchar(20),
	`wanted_old_price` varchar(20),
	`note` varchar(500),
	`reason` varchar(200) NOT NULL DEFAULT '',
	`sent_price` varchar(20),
	`sent_old_price` varchar(20),
	`sent_at` datetime(3),
	`accepted_price` varchar(20),
	`accepted_old_price` varchar(20),
	`accepted_at` datetime(3),
	`ozon_price` varchar(20),
	`ozon_old_price` varchar(20),
	`ozon_read_at` datetime(3),
	`held_price` varchar(20),
	`held_old_price` varchar(20),
	`held_at` datetime(3),
	`approved_price` varchar(20),
	`rejected_price` varchar(20),
	`recent_updates` json,
	`due_at` datetime(3),
	`error_code` varchar(64),
	`error_message` varchar(1000),
	`attempts` int NOT NULL DEFAULT 0,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_offer_prices_product_id_variant_key_pk` PRIMARY KEY(`product_id`,`variant_key`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_offer_stocks` (
	`product_id` int NOT NULL,
	`variant_key` varchar(32) NOT NULL DEFAULT '',
	`warehouse_id` varchar(20) NOT NULL,
	`offer_id` varchar(255) NOT NULL,
	`wanted` int NOT NULL,
	`reason` varchar(200) NOT NULL DEFAULT '',
	`sent` int,
	`sent_at` datetime(3),
	`accepted` int,
	`accepted_at` datetime(3),
	`ozon_present` int,
	`ozon_reserved` int,
	`ozon_read_at` datetime(3),
	`due_at` datetime(3),
	`error_code` varchar(64),
	`error_message` varchar(1000),
	`attempts` int NOT NULL DEFAULT 0,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_offer_stocks_pk` PRIMARY KEY(`product_id`,`variant_key`,`warehouse_id`)
);
--> statement-breakpoint
ALTER TABLE `oc_meschain_ozon_product_state` ADD `bulky` boolean;--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_offer_prices_due_idx` ON `oc_meschain_ozon_offer_prices` (`due_at`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_offer_prices_held_idx` ON `oc_meschain_ozon_offer_prices` (`held_at`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_offer_stocks_due_idx` ON `oc_meschain_ozon_offer_stocks` (`due_at`);--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_offer_stocks_offer_idx` ON `oc_meschain_ozon_offer_stocks` (`offer_id`);