import { and, asc, count, eq, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { MySqlSelect } from 'drizzle-orm/mysql-core';
import {
  NOT_ANALYSED,
  type ProductListItem,
  type ProductListQuery,
  type ProductListResponse,
} from '../../../contract/catalog-products';
import { problemSchema } from '../../../contract/problems';
import type { StoreDb } from '../../../db/connection';
import { resolveTextLanguage } from '../../../settings/text-language';
import type { TextSettings } from '../../mapping/options';
import { plainText } from '../payload/product-name';
import { typedTextSql } from './typed-text-sql';

function firstReason(problems: unknown): { reason: string; count: number } {
  const parsed = problemSchema.array().safeParse(problems ?? []);
  if (!parsed.success) {
    return { reason: '', count: 0 };
  }
  const blocking = parsed.data.find((p) => p.blocks !== 'none') ?? parsed.data[0];
  return { reason: blocking?.message ?? '', count: parsed.data.length };
}

/** The problems the row's reason comes from: the newer of the last export's analysis and the last dry run. */
function newerProblems(
  state: { problems: unknown; updatedAt: Date } | null,
  dryRun: { problems: unknown; checkedAt: Date } | null,
): unknown {
  if (dryRun && (!state || dryRun.checkedAt > state.updatedAt)) {
    return dryRun.problems;
  }
  return state?.problems;
}

/**
 * The products list of the panel: every OpenCart product with its Ozon items (one row per item: those on record,
 * else those the last dry run found; a product never analysed shows once as `not_analysed`) and what the last dry
 * run found for each, filtered by state, dry-run verdict, category (with its subcategories) and text, paged on the
 * server.
 */
export async function listProducts(
  store: StoreDb,
  settings: TextSettings,
  query: ProductListQuery,
): Promise<ProductListResponse> {
  const { db, oc, own } = store;
  const p = oc.product;
  const s = own.productState;
  const v = own.dryRunUnits;
  const d = oc.productDescription;
  const { id: languageId } = await resolveTextLanguage(store, settings.descriptionLanguage);
  const where: SQL[] = [];
  if (query.state === NOT_ANALYSED) {
    where.push(isNull(s.productId));
  } else if (query.state) {
    where.push(eq(s.state, query.state));
  }
  if (query.dryRun) {
    where.push(eq(v.action, query.dryRun));
  }
  if (query.category) {
    where.push(
      sql`${p.productId} IN (SELECT ptc.product_id FROM ${oc.productToCategory} ptc JOIN ${oc.categoryPath} cp ON cp.category_id = ptc.category_id WHERE cp.path_id = ${query.category})`,
    );
  }
  if (query.q) {
    const text = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(
      like(typedTextSql(d.name), text),
      like(typedTextSql(p.model), text),
      like(s.offerId, text),
      like(v.offerId, text),
    );
    if (match) {
      where.push(match);
    }
  }
  // A unit on record meets its own verdict; a product with none on record shows the dry run's units.
  const verdictOfUnit = and(
    eq(v.productId, p.productId),
    or(isNull(s.productId), eq(v.variantKey, s.variantKey)),
  );
  const units = <T extends MySqlSelect>(from: T) =>
    from
      .leftJoin(s, eq(s.productId, p.productId))
      .leftJoin(v, verdictOfUnit)
      .leftJoin(d, and(eq(d.productId, p.productId), eq(d.languageId, languageId)));
  const [rows, totals, byState, unanalysed] = await Promise.all([
    units(
      db
        .select({
          productId: p.productId,
          model: p.model,
          status: p.status,
          productName: d.name,
          state: s,
          dryRun: v,
        })
        .from(p)
        .$dynamic(),
    )
      .where(and(...where))
      .orderBy(asc(p.productId), asc(s.variantKey), asc(v.variantKey))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    units(db.select({ n: count() }).from(p).$dynamic()).where(and(...where)),
    db.select({ state: s.state, n: count() }).from(s).groupBy(s.state),
    // Items, as the list shows them: a product never exported counts once per unit its last dry run found.
    units(db.select({ n: count() }).from(p).$dynamic()).where(isNull(s.productId)),
  ]);
  const items: ProductListItem[] = rows.map((r) => {
    const { reason, count: problemCount } = firstReason(newerProblems(r.state, r.dryRun));
    return {
      productId: r.productId,
      variantKey: r.state?.variantKey ?? r.dryRun?.variantKey ?? '',
      model: r.model,
      // The exported name is already plain text; OpenCart's own is stored HTML-escaped.
      name: r.state?.name || r.dryRun?.name || plainText(r.productName ?? ''),
      offerId: r.state?.offerId ?? r.dryRun?.offerId ?? '',
      enabled: r.status === 1,
      state: r.state?.state ?? NOT_ANALYSED,
      excluded: r.state?.excluded ?? false,
      reason,
      problemCount,
      ozonProductId: r.state?.ozonProductId ?? null,
      ozonSku: r.state?.ozonSku ?? null,
      ozonStatus: r.state?.ozonStatus ?? null,
      stock: r.state?.stock ?? r.dryRun?.stock ?? 0,
      updatedAt: r.state?.updatedAt.toISOString() ?? null,
      dryRun: r.dryRun ? { action: r.dryRun.action, checkedAt: r.dryRun.checkedAt.toISOString() } : null,
    };
  });
  const counts: Record<string, number> = Object.fromEntries(byState.map((b) => [b.state, b.n]));
  counts[NOT_ANALYSED] = unanalysed[0]?.n ?? 0;
  return { items, total: totals[0]?.n ?? 0, page: query.page, pageSize: query.pageSize, counts };
}
