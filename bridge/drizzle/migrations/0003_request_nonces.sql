CREATE TABLE `oc_meschain_ozon_request_nonces` (
	`nonce` varchar(128) NOT NULL,
	`expires_at` datetime(3) NOT NULL,
	CONSTRAINT `oc_meschain_ozon_request_nonces_nonce` PRIMARY KEY(`nonce`)
);
--> statement-breakpoint
CREATE INDEX `oc_meschain_ozon_request_nonces_expires_idx` ON `oc_meschain_ozon_request_nonces` (`expires_at`);