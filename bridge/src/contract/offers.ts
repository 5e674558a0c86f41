import { z } from 'zod';
import { startExportResponseSchema } from './catalog-export';
import { OPENCART_ID_MAX } from './ids';
import { warehouseIdSchema } from './ozon-settings';
import { oldPriceModes, priceRoundings, priceSources, stockDistributions } from './values';

// The rules' choices are lists the panel runs with, so they live in values.ts; named here too for the bridge.
export { oldPriceModes, priceRoundings, priceSources, stockDistributions };

/*
 * Stock and prices on Ozon ("offers"): the merchant's rules as the panel edits them, and what the bridge shows of
 * each offer. The bridge is the one validator; the panel sends its form as it is.
 */

/** Ozon refuses a stock of a million or more (STOCK_TOO_BIG); no rule may ask for more. */
export const OZON_STOCK_MAX = 999_999;

const count = z.int().min(0).max(OZON_STOCK_MAX);

/** How much of a product's OpenCart quantity Ozon is offered. Applied in order: exclude, keep back, percent, maximum. */
export const stockRuleSchema = z.strictObject({
  /** Units kept back for the store's own buyers (a shop window, returns to check). */
  keepBack: count,
  /** Share of what remains that Ozon is offered, in percent, rounded down. */
  percent: z.int().min(0).max(100),
  /** Never more than this on Ozon; null: no maximum. */
  maximum: count.nullable(),
  /** Ozon gets 0 of this product's stock (the card stays; buyers cannot order it). */
  exclude: z.boolean(),
});
export type StockRule = z.infer<typeof stockRuleSchema>;

/** A category's or product's rule: only the fields it sets override the broader rule. */
export const stockRuleOverrideSchema = stockRuleSchema.partial();
export type StockRuleOverride = z.infer<typeof stockRuleOverrideSchema>;

export const DEFAULT_STOCK_RULE: StockRule = { keepBack: 0, percent: 100, maximum: null, exclude: false };

const opencartIdKey = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'must be an OpenCart id')
  .refine((key) => Number(key) <= OPENCART_ID_MAX, 'must be an OpenCart id');

/** One Ozon warehouse the store's stock goes to. */
export const stockWarehouseSchema = z.strictObject({
  warehouseId: warehouseIdSchema,
  /** As Ozon names it (kept so the panel and the log can say it when Ozon is not asked). */
  name: z.string().max(300).default(''),
  /** A bulky-goods (КГТ) warehouse: only bulky products may be stocked there, and they only there. */
  bulky: z.boolean().default(false),
  /** With `distribution: 'split'`: this warehouse's share of the quantity, in percent. */
  share: z.int().min(0).max(100).default(100),
});
export type StockWarehouse = z.infer<typeof stockWarehouseSchema>;

/** Where stock goes and how much of it. */
export const stockSettingsSchema = z
  .strictObject({
    warehouses: z.array(stockWarehouseSchema).max(50).default([]),
    /** `same`: every warehouse offers the whole quantity; `split`: each its share (rounded down, the rest to the first). */
    distribution: z.enum(stockDistributions).default('same'),
    rule: stockRuleSchema.default(DEFAULT_STOCK_RULE),
    /** OpenCart category id → override; a product in several categories takes the smallest result. */
    categories: z.record(opencartIdKey, stockRuleOverrideSchema).default({}),
    /** OpenCart product id → override, above its categories'. */
    products: z.record(opencartIdKey, stockRuleOverrideSchema).default({}),
  })
  .superRefine((s, ctx) => {
    const ids = s.warehouses.map((w) => w.warehouseId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['warehouses'], message: 'lists a warehouse twice' });
    }
    if (s.distribution === 'split') {
      for (const bulky of [false, true]) {
        const group = s.warehouses.filter((w) => w.bulky === bulky);
        const sum = group.reduce((total, w) => total + w.share, 0);
        if (group.length > 0 && sum !== 100) {
          ctx.addIssue({
            code: 'custom',
            path: ['warehouses'],
            message: `the shares of the ${bulky ? 'bulky' : 'regular'} warehouses add up to ${sum} %, not 100 %`,
          });
        }
      }
    }
  });
export type StockSettings = z.infer<typeof stockSettingsSchema>;
export type StockSettingsInput = z.input<typeof stockSettingsSchema>;

const money = z.number().min(0).max(100_000_000);

/** How an OpenCart price becomes an Ozon price: source, markup, rounding, minimum, old price, guardrail. */
export const priceSettingsSchema = z.strictObject({
  /** `special`: the special running today for `customerGroupId`, else the price; `price`: always the price. */
  source: z.enum(priceSources).default('special'),
  /** The customer group whose specials count; null: the store's default group. */
  customerGroupId: z.int().min(1).max(OPENCART_ID_MAX).nullable().default(null),
  /** Added in percent, after conversion into the Ozon currency (negative: a discount). */
  markupPercent: z.number().min(-90).max(1000).default(0),
  /** Added in the Ozon currency after the percentage. */
  markupAmount: z.number().min(-1_000_000).max(1_000_000).default(0),
  /** `cents`: two decimals; `whole`: whole units; `end9`: whole, ending in 9; `ten`/`hundred`: to the nearest. */
  rounding: z.enum(priceRoundings).default('cents'),
  /** Never below this (in the Ozon currency); 0: no minimum. */
  minimumPrice: money.default(0),
  /** The struck-through price: the regular price while a special runs, a percentage above, or none. */
  oldPrice: z.enum(oldPriceModes).default('regular'),
  /** With `oldPrice: 'percent'`: how far above the price, in percent. */
  oldPricePercent: z.number().min(1).max(900).default(20),
  /** A change larger than this share of the last accepted price waits for the merchant's approval. */
  guardrailPercent: z.number().min(1).max(1000).default(30),
});
export type PriceSettings = z.infer<typeof priceSettingsSchema>;

/** GET /api/v1/offers/settings answer and PUT body (each part optional in the PUT). */
export const offerSettingsSchema = z.object({
  stock: stockSettingsSchema,
  prices: priceSettingsSchema,
});
export type OfferSettings = z.infer<typeof offerSettingsSchema>;

export const offerSettingsPatchSchema = z.strictObject({
  stock: stockSettingsSchema.optional(),
  prices: priceSettingsSchema.optional(),
});
export type OfferSettingsPatch = z.input<typeof offerSettingsPatchSchema>;

/** One (offer, warehouse) stock as the store says, as sent, as Ozon accepted and as Ozon reports it. */
export const offerStockViewSchema = z.object({
  warehouseId: z.string(),
  warehouseName: z.string(),
  /** What the store's quantity and the rules say Ozon should offer now. */
  wanted: z.number().int(),
  sent: z.number().int().nullable(),
  accepted: z.number().int().nullable(),
  acceptedAt: z.string().nullable(),
  /** Ozon's last read: stock present at the warehouse and reserved by Ozon orders. */
  ozonPresent: z.number().int().nullable(),
  ozonReserved: z.number().int().nullable(),
  /** Not yet on Ozon: when it is sent at the earliest, and why it waits. */
  dueAt: z.string().nullable(),
  waitsFor: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type OfferStockView = z.infer<typeof offerStockViewSchema>;

const priceOf = z.object({ price: z.string(), oldPrice: z.string() });

/** One offer's price as the store says, as sent, as Ozon accepted, held for approval, and as Ozon reports it. */
export const offerPriceViewSchema = z.object({
  wanted: priceOf.nullable(),
  sent: priceOf.nullable(),
  accepted: priceOf.nullable(),
  acceptedAt: z.string().nullable(),
  ozon: priceOf.nullable(),
  held: priceOf.extend({ changePercent: z.number(), heldAt: z.string() }).nullable(),
  dueAt: z.string().nullable(),
  note: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type OfferPriceView = z.infer<typeof offerPriceViewSchema>;

/** One Ozon offer (a product or one variant of it) with its stock per warehouse and its price. */
export const offerViewSchema = z.object({
  productId: z.number().int(),
  variantKey: z.string(),
  offerId: z.string(),
  name: z.string(),
  /** The unit's Ozon lifecycle state; stock goes only to `live` offers (Ozon's `price_sent`). */
  state: z.string(),
  storeQuantity: z.number().int().nullable(),
  stocks: z.array(offerStockViewSchema),
  price: offerPriceViewSchema,
});
export type OfferView = z.infer<typeof offerViewSchema>;

/** GET /api/v1/offers?productIds=1,2 (or the page of offers with `problems`). */
export const offerListQuerySchema = z.strictObject({
  productIds: z
    .string()
    .regex(/^[1-9][0-9]{0,9}(,[1-9][0-9]{0,9}){0,199}$/, 'must be up to 200 product ids separated by commas')
    .optional(),
  problems: z.enum(['1']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type OfferListQuery = z.infer<typeof offerListQuerySchema>;
export const offerListResponseSchema = z.object({ items: z.array(offerViewSchema) });
export type OfferListResponse = z.infer<typeof offerListResponseSchema>;

/** A price change waiting for the merchant: larger than the guardrail allows. */
export const heldPriceSchema = z.object({
  productId: z.number().int(),
  variantKey: z.string(),
  offerId: z.string(),
  name: z.string(),
  accepted: priceOf,
  held: priceOf,
  changePercent: z.number(),
  heldAt: z.string(),
});
export type HeldPrice = z.infer<typeof heldPriceSchema>;
/** GET /api/v1/offers/held: a page of the held changes, held longest first. */
export const heldPriceListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type HeldPriceListQuery = z.infer<typeof heldPriceListQuerySchema>;
export const heldPriceListSchema = z.object({ items: z.array(heldPriceSchema), total: z.number().int() });
export type HeldPriceList = z.infer<typeof heldPriceListSchema>;

/** POST /api/v1/offers/held/decide: approve (send) or reject (keep Ozon's price) the named held changes. */
export const heldDecisionSchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  items: z
    .array(z.strictObject({ productId: z.int().min(1).max(OPENCART_ID_MAX), variantKey: z.string().max(32) }))
    .min(1)
    .max(1000),
});
export type HeldDecision = z.infer<typeof heldDecisionSchema>;
export const heldDecisionResultSchema = z.object({ decided: z.number().int() });

/** POST /api/v1/offers/sync: reconcile stock or prices with Ozon as a job (the panel's button, `sync stocks`). */
export const offerSyncRequestSchema = z.strictObject({
  what: z.enum(['stocks', 'prices']),
  dryRun: z.boolean().default(false),
});
export type OfferSyncRequest = z.input<typeof offerSyncRequestSchema>;
/** The started (or joined) job, answered as the export's start is: follow it at /api/v1/jobs/:id. */
export const offerSyncResponseSchema = startExportResponseSchema;
export type OfferSyncResponse = z.infer<typeof offerSyncResponseSchema>;

/** GET /api/v1/offers/summary: what the Stock & prices page heads with. */
export const offerSummarySchema = z.object({
  stock: z.object({
    /** (offer, warehouse) pairs not yet as the store says on Ozon, and of them those waiting for `price_sent`. */
    pending: z.number().int(),
    waitingForSale: z.number().int(),
    errors: z.number().int(),
    acceptedToday: z.number().int(),
  }),
  prices: z.object({
    pending: z.number().int(),
    held: z.number().int(),
    errors: z.number().int(),
    acceptedToday: z.number().int(),
  }),
  /** Why nothing is pushed at all (no warehouse mapped, Ozon not configured), or null. */
  blocked: z.string().nullable(),
});
export type OfferSummary = z.infer<typeof offerSummarySchema>;
