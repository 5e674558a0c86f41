import { Hono } from 'hono';
import { ozonSettingsPatchSchema } from '../../contract/ozon-settings';
import type { ConnectionCheck, SettingsResponse, WarehouseChoices } from '../../contract/settings';
import { OzonError } from '../../ozon/client';
import { checkConnection } from '../../settings/check-connection';
import { publicOzonSettings } from '../../settings/public-settings';
import { saveOzonSettings } from '../../settings/save-settings';
import { readStoreInfo } from '../../settings/store-info';
import { warehouseChoices } from '../../settings/warehouse-choices';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { validJson } from '../validate';

/**
 * The bridge's Ozon settings. The Api-Key is write-only: it is accepted on PUT and never part of an answer.
 * check-connection may carry unsaved form values, so the merchant can test before saving; they are not stored.
 */
export const settingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { settings, store } = c.get('services');
    const ozon = await settings.ozon();
    const body: SettingsResponse = {
      ozon: publicOzonSettings(ozon),
      store: await readStoreInfo(store, ozon.descriptionLanguage),
    };
    return c.json(body);
  })
  .put('/', validJson(ozonSettingsPatchSchema, 'Ozon settings'), async (c) => {
    const { settings, log, store } = c.get('services');
    const saved = await saveOzonSettings(settings, log, c.req.valid('json'));
    const body: SettingsResponse = {
      ozon: publicOzonSettings(saved),
      store: await readStoreInfo(store, saved.descriptionLanguage),
    };
    return c.json(body);
  })
  /** The stored credentials' warehouses; OZON_NOT_CONFIGURED without them. */
  .get('/warehouses', async (c) => {
    const { settings, log, clock } = c.get('services');
    const client = await settings.ozonClient({ log, clock, maxAttempts: 2 });
    const body: WarehouseChoices = await warehouseChoices(client, c.req.raw.signal).catch(
      (error: unknown) => {
        // Ozon's refusal is the merchant's to read (credentials already removed from OzonError's message).
        throw error instanceof OzonError ? new ApiError('OZON_ERROR', error.message) : error;
      },
    );
    return c.json(body);
  })
  // An empty body checks the stored settings as they are.
  .post(
    '/check-connection',
    validJson(ozonSettingsPatchSchema, 'connection check', { empty: {} }),
    async (c) => {
      const { settings, clock, log } = c.get('services');
      const trial = await settings.trial(c.req.valid('json'));
      const body: ConnectionCheck = await checkConnection(settings, trial, { clock, log });
      return c.json(body);
    },
  );
