import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { StoreDb } from '../../db/connection';
import { sqlDateTime } from '../source/active-special';
import { readAllProducts } from '../source/read-products';
import type { ExportContext } from './export-context';
import { planPage } from './plan/plan-page';

/**
 * Writes every payload an export would send as JSON lines `{productId, offerId, action, item}`: the exact
 * /v3/product/import items, for a merchant (or support) to inspect before anything leaves the store.
 */
export async function writeDryRunPayloads(
  store: StoreDb,
  context: ExportContext,
  file: string,
  options: { onlyIds?: readonly number[] | undefined; now: number },
): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  for await (const page of readAllProducts(store, context.store, {
    limit: 200,
    onlyIds: options.onlyIds,
    now: sqlDateTime(options.now),
    attributeIds: context.attributeIds,
  })) {
    const { planned } = await planPage(store, context, page.products);
    for (const p of planned) {
      if ((p.action === 'create' || p.action === 'update') && p.unit.item) {
        const line = JSON.stringify({
          productId: p.unit.productId,
          offerId: p.unit.offerId,
          action: p.action,
          item: p.unit.item,
        });
        if (!out.write(`${line}\n`)) {
          await once(out, 'drain');
        }
        written += 1;
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return written;
}
