import { inArray } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import { withNamedLock } from '../../db/named-lock';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import { OzonBatchError, OzonError } from '../../ozon/client';
import type { PriceUpdateResult } from '../../ozon/client/methods/prices';
import { exceedsGuardrail } from '../../pricing/guardrail';
import type { OfferDeps } from '../shared/offer-deps';
import { ON_SALE } from '../shared/offer-units';
import { readOzonPrices, recordOzonPrices } from './ozon-prices';
import { priceBudgetAt, recentOf } from './price-budget';
import { priceRefusal } from './price-refusals';
import { type PriceRow, writePriceColumns } from './price-rows';

/** How long a round waits for another process's round (it may be waiting for Ozon's rate limit meanwhile). */
const LOCK_WAIT_SECONDS = 90;

/** Ozon takes 1,000 prices a request. */
export const PRICE_ROUND = 1000;
/** A sent price with no answer (a crash, a dropped connection) is due again after this. */
const UNANSWERED_MS = 60_000;
const RETRY_MS = 5 * 60_000;
/** Ozon counted more updates this hour than we sent (another tool): tried again in ten minutes. */
const BUDGET_REFUSED_MS = 10 * 60_000;

export interface PriceRound {
  readonly sent: number;
  readonly accepted: number;
  readonly refused: number;
  /** Changes beyond the guardrail, now waiting for the merchant. */
  readonly held: number;
}

async function dueRows(deps: OfferDeps, now: Date, limit: number): Promise<PriceRow[]> {
  const own = (name: string): string => `\`${deps.store.prefix}${OWN_TABLE_INFIX}${name}\``;
  const [keys] = await deps.store.pool.query<
    Array<{ productId: number; variantKey: string } & RowDataPacket>
  >(
    `SELECT o.product_id AS productId, o.variant_key AS variantKey FROM ${own('offer_prices')} o
     JOIN ${own('product_state')} s ON s.product_id = o.product_id AND s.variant_key = o.variant_key
     WHERE o.due_at <= ? AND o.wanted_price IS NOT NULL AND ${ON_SALE}
     ORDER BY o.due_at LIMIT ?`,
    [now, limit],
  );
  if (keys.length === 0) {
    return [];
  }
  const t = deps.store.own.offerPrices;
  const wanted = new Set(keys.map((k) => `${k.productId}\u0000${k.variantKey}`));
  const rows = await deps.store.db
    .select()
    .from(t)
    .where(inArray(t.productId, [...new Set(keys.map((k) => k.productId))]));
  return rows.filter((r) => wanted.has(`${r.productId}\u0000${r.variantKey}`));
}

/**
 * Sends one round of due prices (1,000 a request). First the guardrail: a change further from the price Ozon last
 * took (or, before any, the price Ozon reports) than the merchant allows is held for approval instead; a price Ozon
 * already has is recorded, not sent. Then Ozon's answer per offer: accepted, or refused with what it means. Under a
 * named lock, so two processes never send the same offer's price at once.
 */
export async function pushPriceRound(
  deps: OfferDeps,
  guardrailPercent: number,
  limit = PRICE_ROUND,
): Promise<PriceRound> {
  const lock = `${deps.store.prefix}meschain_ozon_offer_price_push`;
  return withNamedLock(deps.store.pool, lock, LOCK_WAIT_SECONDS, async () => {
    const now = new Date(deps.clock.now());
    let rows = await dueRows(deps, now, limit);
    if (rows.length === 0) {
      return { sent: 0, accepted: 0, refused: 0, held: 0 };
    }
    const unknown = rows.filter((r) => r.acceptedPrice === null && r.ozonPrice === null);
    if (unknown.length > 0) {
      await recordOzonPrices(deps.store, await readOzonPrices(deps, unknown), now);
      rows = await dueRows(deps, now, limit);
    }
    const toSend: PriceRow[] = [];
    const onOzon: PriceRow[] = [];
    const heldRows: PriceRow[] = [];
    for (const row of rows) {
      const wanted = row.wantedPrice ?? '';
      const baseline = row.acceptedPrice ?? row.ozonPrice;
      if (row.acceptedPrice === null && row.ozonPrice === wanted && row.ozonOldPrice === row.wantedOldPrice) {
        onOzon.push({
          ...row,
          acceptedPrice: wanted,
          acceptedOldPrice: row.wantedOldPrice,
          acceptedAt: now,
          dueAt: null,
        });
      } else if (row.approvedPrice !== wanted && exceedsGuardrail(baseline, wanted, guardrailPercent)) {
        heldRows.push({
          ...row,
          heldPrice: wanted,
          heldOldPrice: row.wantedOldPrice,
          heldAt: row.heldPrice === wanted ? row.heldAt : now,
          dueAt: null,
        });
      } else {
        toSend.push({
          ...row,
          sentPrice: row.wantedPrice,
          sentOldPrice: row.wantedOldPrice,
          sentAt: now,
          dueAt: new Date(now.getTime() + UNANSWERED_MS),
        });
      }
    }
    await writePriceColumns(deps.store, onOzon, ['acceptedPrice', 'acceptedOldPrice', 'acceptedAt', 'dueAt']);
    await writePriceColumns(deps.store, heldRows, ['heldPrice', 'heldOldPrice', 'heldAt', 'dueAt']);
    const held = heldRows.length;
    if (held > 0) {
      await deps.log({
        level: 'warning',
        entity: 'price',
        message: `${held} price change(s) beyond the ${guardrailPercent} % guardrail wait for approval in Stock & prices`,
      });
    }
    if (toSend.length === 0) {
      return { sent: 0, accepted: 0, refused: 0, held };
    }
    await writePriceColumns(deps.store, toSend, ['sentPrice', 'sentOldPrice', 'sentAt', 'dueAt']);
    let results: readonly PriceUpdateResult[] = [];
    try {
      const outcome = await deps.ozon.prices.update(
        toSend.map((r) => ({
          offer_id: r.offerId,
          price: r.wantedPrice ?? '0',
          old_price: r.wantedOldPrice ?? '0',
          currency_code: deps.currency,
        })),
        { signal: deps.signal },
      );
      results = outcome.results;
    } catch (error) {
      if (error instanceof OzonBatchError) {
        results = error.completed as PriceUpdateResult[];
      } else if (!(error instanceof OzonError)) {
        throw error;
      }
    }
    return { ...(await recordPriceAnswers(deps, toSend, results, new Date(deps.clock.now()))), held };
  });
}

async function recordPriceAnswers(
  deps: OfferDeps,
  sent: readonly PriceRow[],
  results: readonly PriceUpdateResult[],
  now: Date,
): Promise<Omit<PriceRound, 'held'>> {
  const t = deps.store.own.offerPrices;
  const byOffer = new Map(results.map((r) => [r.offer_id, r]));
  // What the store says now: a price may have changed while this one was on its way.
  const current = new Map(
    (
      await deps.store.db
        .select()
        .from(t)
        .where(inArray(t.productId, [...new Set(sent.map((r) => r.productId))]))
    ).map((r) => [`${r.productId}\u0000${r.variantKey}`, r]),
  );
  const accepted: PriceRow[] = [];
  const refused: PriceRow[] = [];
  const items: unknown[] = [];
  for (const row of sent) {
    const answer = byOffer.get(row.offerId);
    items.push({
      offerId: row.offerId,
      price: row.sentPrice,
      oldPrice: row.sentOldPrice,
      why: row.reason,
      updated: answer?.updated ?? null,
      errors: answer?.errors ?? [],
    });
    const now_ = current.get(`${row.productId}\u0000${row.variantKey}`);
    if (!answer || !now_) {
      continue;
    }
    const newer = now_.wantedPrice !== row.sentPrice || now_.wantedOldPrice !== row.sentOldPrice;
    if (answer.updated) {
      const recent = [...recentOf(now_.recentUpdates, now.getTime()), now.getTime()];
      accepted.push({
        ...now_,
        acceptedPrice: row.sentPrice,
        acceptedOldPrice: row.sentOldPrice,
        acceptedAt: now,
        recentUpdates: recent,
        errorCode: null,
        errorMessage: null,
        attempts: 0,
        dueAt: newer ? priceBudgetAt(recent, now.getTime()) : null,
        updatedAt: now,
      });
      continue;
    }
    const error = answer.errors[0];
    const refusal = priceRefusal(error?.code ?? 'UNKNOWN', error?.message ?? '');
    const attempts = row.attempts + 1;
    const retryAt =
      refusal.course.kind === 'budget'
        ? new Date(now.getTime() + BUDGET_REFUSED_MS)
        : refusal.course.kind === 'retry' && attempts < refusal.course.attempts
          ? new Date(now.getTime() + RETRY_MS)
          : null;
    refused.push({
      ...now_,
      errorCode: (error?.code ?? 'UNKNOWN').slice(0, 64),
      errorMessage: `${refusal.message}${error?.message ? ` (Ozon: ${error.message})` : ''}`.slice(0, 1000),
      attempts,
      dueAt: newer ? priceBudgetAt(now_.recentUpdates, now.getTime()) : retryAt,
      updatedAt: now,
    });
  }
  await writePriceColumns(deps.store, accepted, [
    'acceptedPrice',
    'acceptedOldPrice',
    'acceptedAt',
    'recentUpdates',
    'errorCode',
    'errorMessage',
    'attempts',
    'dueAt',
    'updatedAt',
  ]);
  await writePriceColumns(deps.store, refused, [
    'errorCode',
    'errorMessage',
    'attempts',
    'dueAt',
    'updatedAt',
  ]);
  const unanswered = sent.length - accepted.length - refused.length;
  await deps.log({
    level: refused.length > 0 || unanswered > 0 ? 'warning' : 'info',
    entity: 'price',
    message:
      `prices sent to Ozon for ${sent.length} offer(s): ${accepted.length} accepted` +
      (refused.length > 0 ? `, ${refused.length} refused` : '') +
      (unanswered > 0 ? `, ${unanswered} unanswered (sent again shortly)` : ''),
    detail: { items: items.slice(0, 1000) },
  });
  return { sent: sent.length, accepted: accepted.length, refused: refused.length };
}
