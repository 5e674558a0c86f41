import { applyDemoMapping } from '../../../bridge/scaffold/demo/mapping-preset';
import { seedWarehouses } from '../../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../../bridge/scaffold/sample-store/generate';
import { loadExportContext } from '../../../bridge/src/catalog/export/load-context';
import type { StoreDb } from '../../../bridge/src/db/connection';
import { createSettingsService } from '../../../bridge/src/settings';
import { writeFirstExportBaseline } from '../setup/first-export-baseline';
import { withRealSchema } from '../setup/real-schema';

export interface OzonAccount {
  readonly apiUrl: string;
  readonly clientId: string;
  readonly apiKey: string;
}

/**
 * A sample store of `products` on OpenCart's real schema, set up as a merchant's after a first export: the Ozon
 * settings point at `ozon` (as the demo sets them, with a default FBS warehouse), the demo mapping is applied
 * from that Ozon's catalogue, and every item went live. Returns the language the export reads texts in.
 */
export async function prepareBenchStore(
  store: StoreDb,
  databaseUrl: string,
  options: { products: number; ozon: OzonAccount; storeUrl: string },
): Promise<{ languageId: number }> {
  await withRealSchema(databaseUrl, store.prefix);
  await generateSampleStore(store, { products: options.products, force: true });
  const warehouse = seedWarehouses.find((w) => w.status === 'created' && !w.isRfbs && !w.isKgt);
  const settings = createSettingsService(store);
  const { apiUrl, clientId, apiKey } = options.ozon;
  await settings.updateOzon({
    apiUrl,
    clientId,
    apiKey,
    ...(warehouse ? { defaultWarehouseId: String(warehouse.warehouseId) } : {}),
  });
  await applyDemoMapping(store, { ozon: await settings.ozonClient() });
  await writeFirstExportBaseline(store, options.storeUrl);
  const context = await loadExportContext(store, await settings.ozon(), options.storeUrl);
  return { languageId: context.store.languageId };
}
