CREATE TABLE `oc_meschain_ozon_mapping_attributes` (
	`description_category_id` bigint unsigned NOT NULL,
	`type_id` bigint unsigned NOT NULL,
	`attribute_id` bigint unsigned NOT NULL,
	`rule` json NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_maprule_pk` PRIMARY KEY(`description_category_id`,`type_id`,`attribute_id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_mapping_categories` (
	`category_id` int NOT NULL,
	`description_category_id` bigint unsigned NOT NULL,
	`type_id` bigint unsigned NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_mapping_categories_category_id` PRIMARY KEY(`category_id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_mapping_dictionary_choices` (
	`attribute_id` bigint unsigned NOT NULL,
	`dictionary_id` bigint unsigned NOT NULL,
	`text_key` varchar(255) NOT NULL,
	`text` varchar(1000) NOT NULL,
	`value_id` bigint unsigned NOT NULL,
	`value` varchar(1000) NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_mapchoice_pk` PRIMARY KEY(`attribute_id`,`dictionary_id`,`text_key`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_mapping_products` (
	`product_id` int NOT NULL,
	`description_category_id` bigint unsigned NOT NULL,
	`type_id` bigint unsigned NOT NULL,
	`updated_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_mapping_products_product_id` PRIMARY KEY(`product_id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_ozon_attributes` (
	`description_category_id` bigint unsigned NOT NULL,
	`type_id` bigint unsigned NOT NULL,
	`attribute_id` bigint unsigned NOT NULL,
	`complex_id` bigint unsigned NOT NULL DEFAULT 0,
	`name` varchar(255) NOT NULL,
	`name_en` varchar(255) NOT NULL DEFAULT '',
	`description` text NOT NULL,
	`type` varchar(32) NOT NULL,
	`is_collection` boolean NOT NULL,
	`is_required` boolean NOT NULL,
	`is_aspect` boolean NOT NULL,
	`max_value_count` int NOT NULL DEFAULT 0,
	`group_name` varchar(255) NOT NULL DEFAULT '',
	`dictionary_id` bigint unsigned NOT NULL DEFAULT 0,
	`category_dependent` boolean NOT NULL DEFAULT false,
	`fetched_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_ozattr_pk` PRIMARY KEY(`description_category_id`,`type_id`,`attribute_id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_ozon_categories` (
	`description_category_id` bigint unsigned NOT NULL,
	`type_id` bigint unsigned NOT NULL DEFAULT 0,
	`parent_category_id` bigint unsigned NOT NULL DEFAULT 0,
	`name_ru` varchar(255) NOT NULL,
	`name_en` varchar(255) NOT NULL DEFAULT '',
	`path_ru` varchar(1000) NOT NULL,
	`path_en` varchar(1000) NOT NULL DEFAULT '',
	`depth` int NOT NULL,
	`is_leaf` boolean NOT NULL,
	`disabled` boolean NOT NULL DEFAULT false,
	`fetched_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_ozcat_pk` PRIMARY KEY(`description_category_id`,`type_id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_ozon_dictionaries` (
	`dictionary_id` bigint unsigned NOT NULL,
	`scope_category_id` bigint unsigned NOT NULL DEFAULT 0,
	`scope_type_id` bigint unsigned NOT NULL DEFAULT 0,
	`attribute_id` bigint unsigned NOT NULL,
	`description_category_id` bigint unsigned NOT NULL,
	`type_id` bigint unsigned NOT NULL,
	`state` varchar(16) NOT NULL,
	`value_count` int NOT NULL,
	`fetched_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_ozdict_pk` PRIMARY KEY(`dictionary_id`,`scope_category_id`,`scope_type_id`)
);
--> statement-breakpoint
CREATE TABLE `oc_meschain_ozon_ozon_dictionary_values` (
	`dictionary_id` bigint unsigned NOT NULL,
	`scope_category_id` bigint unsigned NOT NULL DEFAULT 0,
	`scope_type_id` bigint unsigned NOT NULL DEFAULT 0,
	`value_id` bigint unsigned NOT NULL,
	`value` varchar(1000) NOT NULL,
	`info` varchar(1000) NOT NULL DEFAULT '',
	`picture` varchar(1000) NOT NULL DEFAULT '',
	`fetched_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_ozval_pk` PRIMARY KEY(`dictionary_id`,`scope_category_id`,`scope_type_id`,`value_id`)
);
--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_ozon_categories_leaf_idx` ON `oc_meschain_ozon_ozon_categories` (`is_leaf`,`type_id`);