CREATE TABLE `oc_meschain_ozon_product_fingerprints` (
	`product_id` int NOT NULL,
	`fingerprint` varchar(44) NOT NULL,
	`actions` varchar(255) NOT NULL,
	`changed_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_product_fingerprints_product_id` PRIMARY KEY(`product_id`)
);
