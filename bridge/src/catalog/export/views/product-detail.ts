import { eq } from 'drizzle-orm';
import type { ProductDetail } from '../../../contract/catalog-products';
import type { OzonSettings } from '../../../contract/ozon-settings';
import { problemSchema } from '../../../contract/problems';
import type { StoreDb } from '../../../db/connection';
import type { Clock } from '../../../shared/clock';
import { unitKey } from '../../../unit-state/state-rows';
import { sqlDateTime } from '../../source/active-special';
import { readProductPage } from '../../source/read-products';
import { loadExportContext } from '../load-context';
import { plainText } from '../payload/product-name';
import { planPage } from '../plan/plan-page';

function ozonProblems(problems: unknown) {
  const parsed = problemSchema.array().safeParse(problems ?? []);
  return parsed.success ? parsed.data.filter((p) => p.origin === 'ozon') : [];
}

/**
 * One product as the panel's detail view shows it: each Ozon item with the payload an export would send right
 * now (the dry run of this product), the problems that payload has, and Ozon's errors from the last import.
 * Undefined when OpenCart has no such product.
 */
export async function productDetail(
  store: StoreDb,
  settings: OzonSettings,
  clock: Clock,
  storeUrl: string | undefined,
  productId: number,
): Promise<ProductDetail | undefined> {
  const context = await loadExportContext(store, settings, storeUrl);
  const page = await readProductPage(store, context.store, {
    afterId: 0,
    limit: 1,
    onlyIds: [productId],
    now: sqlDateTime(clock.now()),
    attributeIds: context.attributeIds,
  });
  const product = page.products[0];
  if (!product) {
    return undefined;
  }
  const { planned } = await planPage(store, context, [product]);
  const t = store.own.productState;
  const rows = await store.db.select().from(t).where(eq(t.productId, productId));
  const states = new Map(rows.map((r) => [unitKey(r.productId, r.variantKey), r]));
  const first = planned[0]?.unit;
  return {
    productId,
    model: plainText(product.model),
    name: plainText(product.name),
    enabled: product.enabled,
    excluded: [...states.values()].some((r) => r.excluded),
    leaf: first?.leaf ?? null,
    units: planned.map(({ unit, action }) => {
      const row = states.get(unitKey(unit.productId, unit.variantKey));
      return {
        variantKey: unit.variantKey,
        offerId: unit.offerId,
        name: unit.name,
        stock: unit.stock,
        state: row?.state ?? 'not_analysed',
        nextAction: action,
        payload: unit.item ?? null,
        problems: unit.problems,
        ozonProblems: ozonProblems(row?.problems),
        ozonProductId: row?.ozonProductId ?? null,
        ozonSku: row?.ozonSku ?? null,
        ozonStatus: row?.ozonStatus ?? null,
        taskId: row?.taskId ?? null,
        sentAt: row?.sentAt?.toISOString() ?? null,
        liveAt: row?.liveAt?.toISOString() ?? null,
      };
    }),
  };
}
