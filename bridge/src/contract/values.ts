/**
 * The fixed lists and names the admin panel needs at run time, shared with the bridge so each is written once.
 * Kept free of imports: the panel bundles this file, and anything it imported (zod, server code) would ship to
 * the browser with it. The bridge builds its schemas from these tuples (`z.enum(offerIdSources)` and so on).
 */

/** Where an Ozon `offer_id` comes from in OpenCart: a product column, or the product id itself. */
export const offerIdSources = ['model', 'sku', 'ean', 'upc', 'mpn', 'product_id'] as const;

/**
 * VAT rates Ozon accepts in import and price updates. The request schemas keep `vat` a plain string, as Ozon's
 * protobuf does: a wrong rate is not a 400 but a failed item, and the emulator reports it that way.
 */
export const vatRates = ['0', '0.05', '0.07', '0.1', '0.2', '0.22'] as const;

/** Price currencies; the one sent must equal the seller account's currency. */
export const currencyCodes = ['RUB', 'BYN', 'KZT', 'EUR', 'USD', 'CNY'] as const;

/** Product columns an Ozon attribute can take its value from (OpenCart names; `name`/`description` per language). */
export const productFields = [
  'model',
  'sku',
  'upc',
  'ean',
  'jan',
  'isbn',
  'mpn',
  'location',
  'name',
  'description',
  'meta_title',
  'tag',
] as const;

/** Where a product (or one variant of it) stands on its way to Ozon, in the order a merchant follows them. */
export const productLifecycleStates = [
  'not_mapped',
  'invalid',
  'queued',
  'sent',
  'moderation',
  'live',
  'failed',
  'archived',
  'disabled',
  'excluded',
] as const;

/**
 * What an export does with one unit. `in_flight`: an import carrying it has an unknown outcome; it is re-checked
 * on Ozon before anything else is sent. The panel lists them to filter products by the last dry run's verdict.
 */
export const unitActions = [
  'create',
  'update',
  'unchanged',
  'invalid',
  'not_mapped',
  'excluded',
  'disabled',
  'archive',
  'unarchive',
  'in_flight',
] as const;

/** How stock is spread over the mapped Ozon warehouses: the whole quantity at each, or split by share. */
export const stockDistributions = ['same', 'split'] as const;
/** Where an Ozon price comes from: the special running today (else the price), or always the price. */
export const priceSources = ['special', 'price'] as const;
/** How an Ozon price is rounded: to the cent, whole, whole ending in 9, to the nearest ten or hundred. */
export const priceRoundings = ['cents', 'whole', 'end9', 'ten', 'hundred'] as const;
/** The struck-through price: the regular price while a special runs, a percentage above, or none. */
export const oldPriceModes = ['regular', 'percent', 'none'] as const;

// Job kinds the panel follows by name (GET /api/v1/jobs?kind=...). Jobs of one kind run one at a time, in the
// order asked, which is why a dry run and the follow-up each have a kind of their own.

/** The export to Ozon (bridge/src/catalog/export/job.ts). */
export const CATALOG_EXPORT_JOB = 'catalog-export';
/** Polls Ozon's answers to what exports sent (tasks, moderation) apart from the export itself. */
export const CATALOG_EXPORT_FOLLOW_JOB = 'catalog-export-follow';
/** A separate kind, so that a dry run runs while an export does (jobs of one kind run one at a time). */
export const CATALOG_EXPORT_DRY_RUN_JOB = 'catalog-export-dry-run';
/** The download of Ozon's category tree and dictionaries (bridge/src/catalog/ozon-catalogue/refresh-job.ts). */
export const OZON_CATALOGUE_REFRESH_JOB = 'ozon-catalogue-refresh';
/** Reconciles stock on Ozon with the store (bridge/src/offers/stock/sync-job.ts): `sync stocks`. */
export const OFFERS_STOCK_SYNC_JOB = 'offers-stock-sync';
/** Reconciles prices on Ozon with the store and the price rules: `sync prices`. */
export const OFFERS_PRICE_SYNC_JOB = 'offers-price-sync';

/** A background job's states; a queued or running job can still change, the others are final. */
export const activeJobStates = ['queued', 'running'] as const;
export const jobStates = [...activeJobStates, 'done', 'failed', 'cancelled'] as const;

/** True once a job is done, failed or cancelled: nothing more will change it. */
export const jobStateEnded = (state: (typeof jobStates)[number]): boolean =>
  !(activeJobStates as ReadonlyArray<string>).includes(state);
