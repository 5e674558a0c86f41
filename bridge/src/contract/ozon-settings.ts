import { z } from 'zod';
import { currencyCodes, offerIdSources, vatRates } from './values';

/*
 * The Ozon settings as the merchant edits them. The bridge is their one validator: the panel sends the form as
 * it is and shows the fields of a VALIDATION_FAILED answer; it takes only the lists from the contract values.
 */

export const offerIdSourceSchema = z.enum(offerIdSources);
export type OfferIdSource = z.infer<typeof offerIdSourceSchema>;

export const OZON_DEFAULT_API_URL = 'https://api-seller.ozon.ru';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** https anywhere; plain http only on loopback, where the emulator and test doubles live. */
export const ozonApiUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be a URL such as https://api-seller.ozon.ru' })
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || LOOPBACK.test(url.hostname);
  }, 'must use https (plain http is accepted on this machine only)')
  .transform((value) => value.replace(/\/+$/, ''));

/** Ozon's Client-Id: the seller account's number. */
export const ozonClientIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{1,20}$/, 'must be the Client-Id number from Ozon (digits only)');

/** Ozon's Api-Key; Ozon issues UUID-like keys, but only its shape is checked here, never its value. */
export const ozonApiKeySchema = z
  .string()
  .trim()
  .min(8, 'is too short to be an Ozon API key')
  .max(200, 'is too long to be an Ozon API key')
  .regex(/^\S+$/, 'must not contain spaces');

/** An OpenCart language code (`ru-ru`, `en-gb`): product texts sent to Ozon are taken in this language. */
export const languageCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{2}(-[a-z]{2})?$/i, 'must be an OpenCart language code such as ru-ru');

/** The merchant's language of texts, or '' for automatic: Russian when the store has it, else its default one. */
const descriptionLanguageSchema = z.union([z.literal(''), languageCodeSchema]);

/**
 * Why the texts are taken in the language they are: the merchant chose it; or, with no choice or a choice the
 * store does not have, the store's Russian, else its default (storefront) language, else its admin language,
 * else its first language.
 */
export const textLanguageSources = ['chosen', 'russian', 'store_default', 'admin', 'first'] as const;

/** The OpenCart language product texts are taken from, as the settings answer and an export's report name it. */
export const textLanguageSchema = z.object({
  code: z.string(),
  name: z.string(),
  source: z.enum(textLanguageSources),
});
export type TextLanguageView = z.infer<typeof textLanguageSchema>;

export const vatRateSchema = z.enum(vatRates);
export const currencySchema = z.enum(currencyCodes);

/** Ozon warehouse ids are 64-bit; kept as digit strings so no precision is lost in JSON. */
export const warehouseIdSchema = z.string().regex(/^[0-9]{1,20}$/, 'must be an Ozon warehouse id');

const taxClassIdSchema = z.string().regex(/^[0-9]{1,10}$/, 'must be an OpenCart tax class id');

/**
 * The stored settings, with defaults for whatever was never saved. An empty clientId/apiKey means "not set".
 * This is the server-side shape; it holds the Api-Key and never leaves the bridge (see `publicOzonSettingsSchema`).
 */
export const ozonSettingsSchema = z.object({
  clientId: z.union([ozonClientIdSchema, z.literal('')]).default(''),
  apiKey: z.string().default(''),
  apiUrl: ozonApiUrlSchema.default(OZON_DEFAULT_API_URL),
  offerIdSource: offerIdSourceSchema.default('model'),
  /**
   * The merchant's choice for the scheduled product export. Nothing acts on it yet (the scheduler comes later);
   * stock and prices follow store events whenever warehouses are mapped, and the panel says so beside the switch.
   */
  autoSync: z.boolean().default(false),
  /** '' (the default): automatic, see `textLanguageSchema`; a store without Russian never gets ru-ru. */
  descriptionLanguage: descriptionLanguageSchema.default(''),
  currency: currencySchema.default('RUB'),
  /** Rate for products whose tax class has no entry below (and for products without a tax class). */
  defaultVat: vatRateSchema.default('0'),
  /** OpenCart tax_class_id → Ozon VAT rate. */
  vatByTaxClass: z.record(taxClassIdSchema, vatRateSchema).default({}),
  /** Ozon warehouse that receives stock when a product has no warehouse of its own; null = not chosen yet. */
  defaultWarehouseId: warehouseIdSchema.nullable().default(null),
});
export type OzonSettings = z.infer<typeof ozonSettingsSchema>;

/**
 * A change to the settings, as PUT /api/v1/settings and the panel's form send it. Every field is optional;
 * an empty or omitted apiKey keeps the stored key, because the browser never has it to send back.
 */
export const ozonSettingsPatchSchema = z.strictObject({
  clientId: ozonClientIdSchema.optional(),
  apiKey: z.union([z.literal(''), ozonApiKeySchema]).optional(),
  apiUrl: ozonApiUrlSchema.optional(),
  offerIdSource: offerIdSourceSchema.optional(),
  autoSync: z.boolean().optional(),
  descriptionLanguage: descriptionLanguageSchema.optional(),
  currency: currencySchema.optional(),
  defaultVat: vatRateSchema.optional(),
  vatByTaxClass: z.record(taxClassIdSchema, vatRateSchema).optional(),
  defaultWarehouseId: warehouseIdSchema.nullable().optional(),
});
export type OzonSettingsPatch = z.infer<typeof ozonSettingsPatchSchema>;
export type OzonSettingsPatchInput = z.input<typeof ozonSettingsPatchSchema>;

/** The settings as they may be shown: the Api-Key replaced by whether one is stored. */
export const publicOzonSettingsSchema = ozonSettingsSchema.omit({ apiKey: true }).extend({
  apiKey: z.object({ set: z.boolean() }),
  /** Both Client-Id and Api-Key are stored, so the bridge can call Ozon. */
  configured: z.boolean(),
});
export type PublicOzonSettings = z.infer<typeof publicOzonSettingsSchema>;
