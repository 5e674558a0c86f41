import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import type { ExportRunsResponse, StartExportResponse } from '../../bridge/src/contract/catalog-export';
import type { ProductListResponse } from '../../bridge/src/contract/catalog-products';
import type { JobView } from '../../bridge/src/contract/jobs';
import type { LogListResponse } from '../../bridge/src/contract/logs';
import type { SettingsResponse } from '../../bridge/src/contract/settings';
import type { RunningBridge } from '../../bridge/src/server/start';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { signedFetch } from '../panel-api/signed-fetch';

/*
 * "Language of texts" on a store without Russian. It defaulted to ru-ru, which such a store does not have, and the
 * export then quietly took the admin's language. Now the default is a language the store has (Russian when it has
 * one, else the store's default language) and the settings answer, the export's report and its log say which.
 */
describe('the language product texts are taken from', () => {
  let store: TestStore;
  let bridge: RunningBridge;

  async function get<T>(path: string): Promise<T> {
    const answer = await signedFetch(bridge, 'GET', `/api/v1${path}`);
    expect(answer.status, answer.text).toBe(200);
    return answer.json as T;
  }
  const settings = () => get<SettingsResponse>('/settings');
  const setConfig = (key: string, value: string) =>
    store.db
      .update(store.oc.setting)
      .set({ value })
      .where(and(eq(store.oc.setting.storeId, 0), eq(store.oc.setting.key, key)));

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: 6, force: true });
    // No Russian; the storefront speaks English and the admin Turkish, so the two fallbacks are told apart.
    await store.db.delete(store.oc.language).where(eq(store.oc.language.code, 'ru-ru'));
    await setConfig('config_language', 'en-gb');
    await setConfig('config_admin_language', 'tr-tr');
    bridge = await startTestBridge(store, {
      jobRunner: { heartbeatMs: 100, staleMs: 600_000, pollMs: 100 },
    });
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });

  it("defaults to the store's default language when it has no Russian, and the answer names it", async () => {
    const answer = await settings();
    expect(answer.store.textLanguage).toEqual({ code: 'en-gb', name: 'English', source: 'store_default' });
    expect(answer.store.languages.map((l) => l.code)).toContain(answer.store.textLanguage.code);
    expect(answer.ozon.descriptionLanguage).not.toBe('ru-ru');
  });

  it('reads the product list, the dry run and its log in that language, and says so', async () => {
    const english = await store.db
      .select({ name: store.oc.productDescription.name })
      .from(store.oc.productDescription)
      .innerJoin(store.oc.language, eq(store.oc.language.languageId, store.oc.productDescription.languageId))
      .where(and(eq(store.oc.language.code, 'en-gb'), eq(store.oc.productDescription.productId, 1)));
    const list = await get<ProductListResponse>('/catalog/products?pageSize=200');
    expect(list.items.find((item) => item.productId === 1)?.name).toBe(english[0]?.name);

    const started = await signedFetch(bridge, 'POST', '/api/v1/catalog/export', { dryRun: true });
    const { jobId } = started.json as StartExportResponse;
    await expect
      .poll(async () => (await get<JobView>(`/jobs/${jobId}`)).state, { timeout: 60_000, interval: 200 })
      .toBe('done');
    const runs = await get<ExportRunsResponse>('/catalog/export/runs?mode=dry&limit=1');
    expect(runs.items[0]?.report.textLanguage).toEqual({
      code: 'en-gb',
      name: 'English',
      source: 'store_default',
    });
    const log = await get<LogListResponse>(`/logs?jobId=${jobId}`);
    expect(log.items.map((entry) => entry.message)).toContain(
      "Product texts are taken from English (en-gb), the store's default language: the store has no Russian",
    );
  });

  it('says when a chosen language is not installed, and which one is used instead', async () => {
    expect(
      (await signedFetch(bridge, 'PUT', '/api/v1/settings', { descriptionLanguage: 'ru-ru' })).status,
    ).toBe(200);
    const answer = await settings();
    expect(answer.ozon.descriptionLanguage).toBe('ru-ru');
    expect(answer.store.textLanguage).toEqual({ code: 'en-gb', name: 'English', source: 'store_default' });
  });

  it('takes a chosen language the store has, and Russian by default once the store has it', async () => {
    expect(
      (await signedFetch(bridge, 'PUT', '/api/v1/settings', { descriptionLanguage: 'tr-tr' })).status,
    ).toBe(200);
    expect((await settings()).store.textLanguage).toEqual({
      code: 'tr-tr',
      name: 'Türkçe',
      source: 'chosen',
    });

    await store.db.insert(store.oc.language).values({
      name: 'Русский',
      code: 'ru-ru',
      locale: 'ru_RU.UTF-8,ru_RU,russian',
      image: 'ru.png',
      directory: 'ru-ru',
      sortOrder: 3,
      status: 1,
    });
    // An empty choice is "automatic": Russian when the store has it.
    expect((await signedFetch(bridge, 'PUT', '/api/v1/settings', { descriptionLanguage: '' })).status).toBe(
      200,
    );
    const answer = await settings();
    expect(answer.ozon.descriptionLanguage).toBe('');
    expect(answer.store.textLanguage).toEqual({ code: 'ru-ru', name: 'Русский', source: 'russian' });
  });
});
