import type { ImportItem } from '../../../src/ozon/schemas';
import type { SeedCatalogue } from '../seed/catalogue';
import type { SeedWarehouse } from '../seed/warehouses';
import type { ImportErrorWire } from './import-validation';

/** Prices as Ozon stores them: decimal strings, "0" = not set. */
export interface PriceRecord {
  price: string;
  oldPrice: string;
  minPrice: string;
  netPrice: string;
  currency: string;
  vat: string;
  autoActionEnabled: boolean;
}

/** A product card. `sku` is assigned when moderation passes (status `price_sent`). */
export interface ProductRecord {
  productId: number;
  sku: number;
  offerId: string;
  /** The last accepted import payload: what /v3/product/info/list and /v4/product/info/attributes return. */
  item: ImportItem;
  createdAt: number;
  updatedAt: number;
  /** Clock time at which moderation passes and the product reaches `price_sent`. */
  moderatedAt: number;
  archived: boolean;
  price: PriceRecord;
  /** Times of accepted price updates, for the 10-per-hour rule. */
  priceUpdates: number[];
}

export type ImportItemStatus = 'pending' | 'imported' | 'failed' | 'skipped';

export interface ImportOutcome {
  offerId: string;
  productId: number;
  status: ImportItemStatus;
  errors: ImportErrorWire[];
}

/** An import task; items are judged when the task leaves `pending` (createdAt + taskPendingMs). */
export interface ImportTask {
  taskId: number;
  createdAt: number;
  items: ImportItem[];
  outcomes: ImportOutcome[] | undefined;
}

/** Stock of one product in one warehouse. `present` includes `reserved`. */
export interface StockRecord {
  present: number;
  reserved: number;
  /** Clock time of the last accepted /v2/products/stocks update, for the 30 s rule. */
  updatedAt: number;
}

export interface PostingProductRecord {
  sku: number;
  offerId: string;
  name: string;
  quantity: number;
  price: string;
  currency: string;
}

export interface CustomerRecord {
  customerId: number;
  name: string;
  phone: string;
  email: string;
  city: string;
  region: string;
  addressTail: string;
  zipCode: string;
}

/** A status change Ozon applies some time after the request that asked for it. */
export interface PendingTransition {
  at: number;
  status: string;
  substatus: string;
}

export interface PostingRecord {
  postingNumber: string;
  orderId: number;
  orderNumber: string;
  /** `fbs`: Ozon delivers (customer hidden); `rfbs`: the seller delivers. */
  scheme: 'fbs' | 'rfbs';
  tplIntegrationType: 'ozon' | 'non_integrated' | '3pl_tracking' | 'aggregator';
  warehouseId: number;
  status: string;
  substatus: string;
  previousSubstatus: string;
  inProcessAt: number;
  shipmentDate: number;
  deliveringDate: number | undefined;
  statusChangedAt: number;
  products: PostingProductRecord[];
  customer: CustomerRecord | undefined;
  trackingNumber: string;
  parentPostingNumber: string;
  cancellation: { reasonId: number; reason: string; afterShip: boolean } | undefined;
  pending: PendingTransition | undefined;
  /** Set by the control API: the next ship attempt ends in substatus `ship_failed`. */
  failNextShip: boolean;
  /** What the posting does to stock: reserved while open, released on cancel, consumed once it leaves. */
  stockEffect: 'reserved' | 'released' | 'consumed';
}

export interface QuotaRecord {
  dailyCreateLimit: number;
  dailyCreateUsage: number;
  dailyUpdateLimit: number;
  dailyUpdateUsage: number;
  totalLimit: number;
  /** Next reset (03:00 Moscow = 00:00 UTC). */
  resetAt: number;
}

/** Tunables of the emulator; every limit is Ozon's documented value by default. */
export interface EmulatorLimits {
  requestsPerSecond: number;
  stockRequestsPerMinute: number;
  stockPairsPerRequest: number;
  stockPairIntervalMs: number;
  priceUpdatesPerHour: number;
  importItemsPerMinute: number;
}

export interface EmulatorConfig {
  currency: string;
  taskPendingMs: number;
  moderationMs: number;
  shipDelayMs: number;
  statusDelayMs: number;
  limits: EmulatorLimits;
  catalogue: SeedCatalogue;
}

export interface EmulatorState {
  config: EmulatorConfig;
  products: Map<string, ProductRecord>;
  productsById: Map<number, ProductRecord>;
  tasks: Map<number, ImportTask>;
  warehouses: SeedWarehouse[];
  /** Stock by product id, then warehouse id. */
  stocks: Map<number, Map<number, StockRecord>>;
  postings: Map<string, PostingRecord>;
  quota: QuotaRecord;
  ids: { product: number; sku: number; task: number; order: number };
}
