import { z } from 'zod';
import { publicOzonSettingsSchema, textLanguageSchema } from './ozon-settings';

/* Request and response shapes of /api/v1/settings (the request is `ozonSettingsPatchSchema`). */

/** What the settings form offers to choose from, read from the store. */
export const settingsStoreInfoSchema = z.object({
  languages: z.array(z.object({ code: z.string(), name: z.string() })),
  taxClasses: z.array(z.object({ id: z.number().int(), title: z.string() })),
  /** The language product texts are taken from with the settings as stored (one of `languages`). */
  textLanguage: textLanguageSchema,
});
export type SettingsStoreInfo = z.infer<typeof settingsStoreInfoSchema>;

/** GET/PUT /api/v1/settings answer: the settings without the Api-Key, and the store's choices for the form. */
export const settingsResponseSchema = z.object({
  ozon: publicOzonSettingsSchema,
  store: settingsStoreInfoSchema,
});
export type SettingsResponse = z.infer<typeof settingsResponseSchema>;

/** POST /api/v1/settings/check-connection answer: what /v1/roles said about the key. */
export const connectionCheckSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    apiUrl: z.string(),
    roles: z.array(z.object({ name: z.string(), methods: z.number().int() })),
    /** ISO time, or null when Ozon sent none. */
    expiresAt: z.string().nullable(),
    /** Whole days until expiry (negative once expired), or null when unknown. */
    daysLeft: z.number().int().nullable(),
  }),
  z.object({
    ok: z.literal(false),
    apiUrl: z.string(),
    /** HTTP status Ozon answered; 0 when it could not be reached. */
    status: z.number().int(),
    ozonCode: z.string().nullable(),
    /** Ozon's own error text (credentials removed), or why no answer came. */
    message: z.string(),
  }),
]);
export type ConnectionCheck = z.infer<typeof connectionCheckSchema>;

/** GET /api/v1/settings/warehouses answer: the seller's Ozon warehouses, for the default warehouse choice. */
export const warehouseChoicesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.string(),
      /** Ozon marks it a bulky-goods (КГТ) warehouse: only bulky products are stocked there. */
      bulky: z.boolean(),
    }),
  ),
});
export type WarehouseChoices = z.infer<typeof warehouseChoicesSchema>;
