import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ozonSettingsPatchSchema } from '../../bridge/src/contract/ozon-settings';
import { createSettingsService, publicOzonSettings } from '../../bridge/src/settings';
import { createOzonClientFromSettings } from '../../bridge/src/settings/ozon-client';
import { readOzonSettings, writeOzonSettings } from '../../bridge/src/settings/store';
import { DomainError } from '../../bridge/src/shared/domain-error';
import { createTestStore, type TestStore } from '../harness/test-store';

const KEY = '0f3c2a1b-5d6e-4f70-8a9b-c0d1e2f3a4b5';

describe('Ozon settings model', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(async () => {
    await store?.destroy();
  });

  it('reads defaults before anything was saved, and refuses to build a client', async () => {
    const settings = await readOzonSettings(store);
    expect(settings).toMatchObject({
      clientId: '',
      apiKey: '',
      apiUrl: 'https://api-seller.ozon.ru',
      offerIdSource: 'model',
      autoSync: false,
      currency: 'RUB',
      defaultWarehouseId: null,
    });
    await expect(createOzonClientFromSettings(store)).rejects.toSatisfy(
      (e) => e instanceof DomainError && e.code === 'OZON_NOT_CONFIGURED',
    );
  });

  it('stores a patch and keeps the Api-Key when a later patch leaves it empty or out', async () => {
    await writeOzonSettings(store, ozonSettingsPatchSchema.parse({ clientId: '123456', apiKey: KEY }));
    await writeOzonSettings(store, ozonSettingsPatchSchema.parse({ apiKey: '', offerIdSource: 'sku' }));
    await writeOzonSettings(
      store,
      ozonSettingsPatchSchema.parse({ autoSync: true, vatByTaxClass: { '9': '0.2' } }),
    );
    const settings = await readOzonSettings(store);
    expect(settings).toMatchObject({
      clientId: '123456',
      apiKey: KEY,
      offerIdSource: 'sku',
      autoSync: true,
      vatByTaxClass: { '9': '0.2' },
    });
    const client = await createOzonClientFromSettings(store);
    expect(typeof client.account.roles).toBe('function');
  });

  it('never lets the Api-Key into the public form', async () => {
    const shown = publicOzonSettings(await readOzonSettings(store));
    expect(shown.apiKey).toEqual({ set: true });
    expect(shown.configured).toBe(true);
    expect(JSON.stringify(shown)).not.toContain(KEY);
  });

  it('remembers the key for the log redactor once read', async () => {
    const service = createSettingsService(store);
    expect(service.knownSecrets()).toEqual([]);
    await service.ozon();
    expect(service.knownSecrets()).toEqual([KEY]);
  });

  it('rejects bad values by field, with the same schema the panel uses', () => {
    const result = ozonSettingsPatchSchema.safeParse({
      clientId: '12a',
      apiKey: 'short',
      apiUrl: 'http://api.example.com',
      offerIdSource: 'barcode',
      extra: 1,
    });
    expect(result.success).toBe(false);
    const paths = new Set(result.error?.issues.map((i) => i.path.join('.') || '(body)'));
    expect(paths).toEqual(new Set(['clientId', 'apiKey', 'apiUrl', 'offerIdSource', '(body)']));
    expect(ozonSettingsPatchSchema.parse({ apiUrl: 'http://127.0.0.1:9000/' }).apiUrl).toBe(
      'http://127.0.0.1:9000',
    );
  });
});
