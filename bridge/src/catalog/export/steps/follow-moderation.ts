import { and, eq, inArray } from 'drizzle-orm';
import { OzonError } from '../../../ozon/client';
import type { ProductInfo } from '../../../ozon/client/methods/products';
import { unitStatePages } from '../../../unit-state/keyset-pages';
import { type ExportDeps, nowOf } from './deps';
import { cardErrorProblems } from './ozon-errors';

const PAGE = 1000;

export interface ModerationOutcome {
  readonly live: number;
  readonly failed: number;
  /** Units still in moderation after this pass. */
  readonly waiting: number;
}

/** What Ozon's card says about a unit in moderation. */
export function moderationVerdict(card: ProductInfo): 'live' | 'failed' | 'archived' | 'waiting' {
  if (card.is_archived || card.is_autoarchived) {
    return 'archived';
  }
  const s = card.statuses;
  if (s?.status === 'price_sent') {
    return 'live';
  }
  if (
    s?.moderate_status === 'declined' ||
    (s?.status_failed ?? '') !== '' ||
    cardErrorProblems(card).length > 0
  ) {
    return 'failed';
  }
  return 'waiting';
}

/**
 * One pass over every unit in moderation: reads the cards (/v3/product/info/list, 1000 offers a request) and
 * moves units to `live` (status `price_sent`, with the SKU), `failed` (declined, with Ozon's texts) or `archived`.
 */
export async function followModeration(deps: ExportDeps): Promise<ModerationOutcome> {
  const t = deps.store.own.productState;
  let live = 0;
  let failed = 0;
  let waiting = 0;
  const pages = unitStatePages(deps.store, {
    pageSize: PAGE,
    where: eq(t.state, 'moderation'),
    signal: deps.signal,
    read: (page) =>
      deps.store.db
        .select({
          productId: t.productId,
          variantKey: t.variantKey,
          offerId: t.offerId,
          ozonStatus: t.ozonStatus,
          ozonProductId: t.ozonProductId,
        })
        .from(t)
        .where(page.where)
        .orderBy(...page.orderBy)
        .limit(page.limit),
  });
  for await (const rows of pages) {
    let cards: ProductInfo[];
    try {
      cards = await deps.ozon.products.infoList(
        { offerIds: rows.map((r) => r.offerId) },
        { signal: deps.signal },
      );
    } catch (error) {
      if (error instanceof OzonError) {
        waiting += rows.length;
        continue;
      }
      throw error;
    }
    const byOffer = new Map(cards.map((c) => [c.offer_id, c]));
    const now = nowOf(deps);
    await deps.store.db.transaction(async (tx) => {
      for (const row of rows) {
        const card = byOffer.get(row.offerId);
        const verdict = card ? moderationVerdict(card) : 'waiting';
        const where = and(
          eq(t.productId, row.productId),
          eq(t.variantKey, row.variantKey),
          eq(t.state, 'moderation'),
        );
        const common = {
          ozonStatus: card?.statuses?.status ?? null,
          ozonProductId: card?.id ?? null,
          updatedAt: now,
        };
        if (verdict === 'live') {
          live += 1;
          await tx
            .update(t)
            .set({
              ...common,
              state: 'live',
              ozonSku: card?.sku ?? null,
              bulky: card?.is_kgt ?? null,
              liveAt: now,
            })
            .where(where);
        } else if (verdict === 'failed' && card) {
          failed += 1;
          await tx
            .update(t)
            .set({ ...common, state: 'failed', problems: cardErrorProblems(card) })
            .where(where);
        } else if (verdict === 'archived') {
          await tx
            .update(t)
            .set({ ...common, state: 'archived', archived: true })
            .where(where);
        } else {
          waiting += 1;
          // Written only when Ozon's card says something new: a pass every few seconds over thousands of cards in
          // moderation would otherwise rewrite them all each time.
          if (card && (common.ozonStatus !== row.ozonStatus || common.ozonProductId !== row.ozonProductId)) {
            await tx.update(t).set(common).where(where);
          }
        }
      }
    });
  }
  return { live, failed, waiting };
}

/** Whether any unit still waits for Ozon: a task not processed yet, or a card in moderation. */
export async function anyAwaitingOzon(deps: Pick<ExportDeps, 'store'>): Promise<boolean> {
  const t = deps.store.own.productState;
  const rows = await deps.store.db
    .select({ productId: t.productId })
    .from(t)
    .where(inArray(t.state, ['sent', 'moderation']))
    .limit(1);
  return rows.length > 0;
}
