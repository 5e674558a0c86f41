import { sql } from 'drizzle-orm';
import { loadExportContext } from '../../../bridge/src/catalog/export/load-context';
import { planPage } from '../../../bridge/src/catalog/export/plan/plan-page';
import { sqlDateTime } from '../../../bridge/src/catalog/source/active-special';
import { readAllProducts } from '../../../bridge/src/catalog/source/read-products';
import type { StoreDb } from '../../../bridge/src/db/connection';
import { readOzonSettings } from '../../../bridge/src/settings/store';
import { writeAnalysis } from '../../../bridge/src/unit-state/state-rows';

/**
 * The store as a first export where everything went live leaves it: every valid item's hash recorded as sent.
 * No Ozon is asked; the hashes are those of payloads built with the stored settings and `storeUrl` (image links
 * are part of a payload, so a run with another store URL would find every product changed).
 */
export async function writeFirstExportBaseline(store: StoreDb, storeUrl: string): Promise<void> {
  const context = await loadExportContext(store, await readOzonSettings(store), storeUrl);
  for await (const page of readAllProducts(store, context.store, {
    limit: 1000,
    now: sqlDateTime(Date.now()),
    attributeIds: context.attributeIds,
  })) {
    const { planned } = await planPage(store, context, page.products);
    await writeAnalysis(
      store,
      planned.map((p) => ({
        productId: p.unit.productId,
        variantKey: p.unit.variantKey,
        offerId: p.unit.offerId,
        name: p.unit.name,
        stock: p.unit.stock,
        // As a real first export leaves them: what it created is live, the rest as analysed.
        state:
          p.action === 'create'
            ? 'live'
            : p.action === 'invalid' || p.action === 'not_mapped'
              ? p.action
              : 'disabled',
        problems: [],
        payloadHash: p.action === 'create' ? (p.unit.hash ?? null) : null,
      })),
      new Date(),
    );
  }
  const t = store.own.productState;
  await store.db
    .update(t)
    .set({ sentHash: sql`${t.payloadHash}`, ozonProductId: '1' })
    .where(sql`${t.payloadHash} IS NOT NULL`);
}
