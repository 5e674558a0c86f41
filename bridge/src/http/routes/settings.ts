import { asc } from 'drizzle-orm';
import { Hono } from 'hono';
import { OzonError } from '../../ozon/client';
import { type OzonSettings, ozonSettingsPatchSchema, publicOzonSettings } from '../../settings/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { jsonBody, parseOr } from '../request';
import type {
  ConnectionCheck,
  SettingsResponse,
  SettingsStoreInfo,
  WarehouseChoices,
} from './settings-schema';

const DAY_MS = 86_400_000;

/** The store's languages and tax classes, for the language and VAT choices. */
async function storeInfo(services: AppEnv['Variables']['services']): Promise<SettingsStoreInfo> {
  const { db, oc } = services.store;
  const languages = await db
    .select({ code: oc.language.code, name: oc.language.name })
    .from(oc.language)
    .orderBy(asc(oc.language.sortOrder), asc(oc.language.languageId));
  const taxClasses = await db
    .select({ id: oc.taxClass.taxClassId, title: oc.taxClass.title })
    .from(oc.taxClass)
    .orderBy(asc(oc.taxClass.taxClassId));
  return { languages, taxClasses };
}

/** The key's roles and expiry from /v1/roles, or Ozon's refusal in its own words. */
async function checkConnection(
  settings: OzonSettings,
  services: AppEnv['Variables']['services'],
): Promise<ConnectionCheck> {
  // A merchant waits on this button: two attempts with a short timeout, not the sync's patient retries.
  const client = services.settings.clientFor(settings, {
    clock: services.clock,
    log: services.log,
    maxAttempts: 2,
    timeoutMs: 15_000,
  });
  try {
    const info = await client.account.roles();
    const at = Date.parse(info.expires_at);
    return {
      ok: true,
      apiUrl: settings.apiUrl,
      roles: info.roles.map((role) => ({ name: role.name, methods: role.methods.length })),
      expiresAt: Number.isNaN(at) ? null : new Date(at).toISOString(),
      daysLeft: Number.isNaN(at) ? null : Math.floor((at - services.clock.now()) / DAY_MS),
    };
  } catch (error) {
    if (!(error instanceof OzonError)) {
      throw error;
    }
    return {
      ok: false,
      apiUrl: settings.apiUrl,
      status: error.status,
      ozonCode: error.ozonCode === undefined ? null : String(error.ozonCode),
      message: error.ozonMessage ?? error.reason,
    };
  }
}

/**
 * The bridge's Ozon settings. The Api-Key is write-only: it is accepted on PUT and never part of an answer.
 * check-connection may carry unsaved form values, so the merchant can test before saving; they are not stored.
 */
export const settingsRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const services = c.get('services');
    const settings = await services.settings.ozon();
    return c.json({
      ozon: publicOzonSettings(settings),
      store: await storeInfo(services),
    } satisfies SettingsResponse);
  })
  .put('/', async (c) => {
    const services = c.get('services');
    const { log } = services;
    const patch = parseOr(ozonSettingsPatchSchema, await jsonBody(c), 'Ozon settings');
    const saved = await services.settings.updateOzon(patch);
    const changed = Object.keys(patch).filter((key) => key !== 'apiKey' || patch.apiKey !== '');
    await log.write({
      level: 'info',
      kind: 'system',
      message: `Ozon settings saved (${changed.join(', ') || 'no change'})`,
      entity: 'settings',
      entityId: 'ozon',
    });
    return c.json({
      ozon: publicOzonSettings(saved),
      store: await storeInfo(services),
    } satisfies SettingsResponse);
  })
  /** The stored credentials' warehouses (POST /v2/warehouse/list through the client); OZON_NOT_CONFIGURED without them. */
  .get('/warehouses', async (c) => {
    const { settings, log, clock } = c.get('services');
    const client = await settings.ozonClient({ log, clock, maxAttempts: 2 });
    const warehouses = await client.warehouses.list({ signal: c.req.raw.signal }).catch((error: unknown) => {
      // Ozon's refusal is the merchant's to read (credentials already removed from OzonError's message).
      throw error instanceof OzonError ? new ApiError('OZON_ERROR', error.message) : error;
    });
    const body: WarehouseChoices = {
      items: warehouses.map((w) => ({ id: w.warehouse_id, name: w.name, status: w.status })),
    };
    return c.json(body);
  })
  .post('/check-connection', async (c) => {
    const services = c.get('services');
    const raw = await c.req.text();
    const patch = parseOr(
      ozonSettingsPatchSchema,
      raw.trim() === '' ? {} : await jsonBody(c),
      'connection check',
    );
    const trial = await services.settings.trial(patch);
    return c.json(await checkConnection(trial, services));
  });
