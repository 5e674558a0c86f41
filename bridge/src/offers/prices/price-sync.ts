import { and, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PriceSettings } from '../../contract/offers';
import { exceedsGuardrail } from '../../pricing/guardrail';
import { nextDue } from '../shared/next-due';
import type { OfferDeps } from '../shared/offer-deps';
import { NO_COUNTS, syncCountsSchema } from '../shared/sync-counts';
import { forEveryUnit } from '../shared/unit-pages';
import { readOzonPrices, recordOzonPrices } from './ozon-prices';
import type { PriceContext } from './price-context';
import { readPriceUnits } from './price-sources';
import { pushPriceRound } from './push-prices';
import { updateWantedPrices } from './wanted-prices';

export const priceSyncCheckpointSchema = syncCountsSchema.extend({ held: z.int().min(0) });
export type PriceSyncCheckpoint = z.infer<typeof priceSyncCheckpointSchema>;

export interface PriceSyncControl {
  readonly dryRun: boolean;
  readonly checkpoint: PriceSyncCheckpoint | undefined;
  saveCheckpoint(checkpoint: PriceSyncCheckpoint): Promise<void>;
  progress(done: number): Promise<void>;
}

/** Longest a reconciliation waits for Ozon's hourly budget before it ends and leaves the rest to the bridge. */
const MAX_BUDGET_WAIT_MS = 60_000;

/**
 * Reconciles prices on Ozon with the store: for every offer, the price the rules make of the store's price now,
 * what Ozon last accepted and what Ozon reports (`/v5/product/info/prices`); sends only the differences, a page at a
 * time while the next is compared. Changes beyond the guardrail are held for approval, not sent. A dry run compares
 * and sends nothing.
 */
export async function syncPrices(
  deps: OfferDeps,
  context: PriceContext,
  settings: PriceSettings,
  control: PriceSyncControl,
): Promise<string> {
  const now = (): number => deps.clock.now();
  const t = deps.store.own.offerPrices;
  const state: PriceSyncCheckpoint = control.checkpoint ?? { ...NO_COUNTS, held: 0 };
  const push = async (): Promise<void> => {
    for (;;) {
      const round = await pushPriceRound(deps, settings.guardrailPercent);
      state.sent += round.sent;
      state.accepted += round.accepted;
      state.refused += round.refused;
      state.held += round.held;
      if (round.sent + round.held === 0 || deps.signal?.aborted) {
        return;
      }
    }
  };
  await forEveryUnit(
    (selection) => readPriceUnits(deps.store, selection, context.customerGroupId, now()),
    async (units) => {
      const ozon = await readOzonPrices(deps, units);
      if (control.dryRun) {
        const changes = await updateWantedPrices(deps.store, units, context.rules, 'reconciliation', now(), {
          dryRun: true,
        });
        const rows = await deps.store.db
          .select()
          .from(t)
          .where(inArray(t.productId, [...new Set(units.map((u) => u.productId))]));
        const wanted = new Map(rows.map((r) => [`${r.productId}\u0000${r.variantKey}`, r.wantedPrice]));
        for (const c of changes) {
          wanted.set(`${c.productId}\u0000${c.variantKey}`, c.to);
        }
        for (const o of ozon) {
          const want = wanted.get(`${o.productId}\u0000${o.variantKey}`);
          if (want !== null && want !== undefined && want !== o.price) {
            state.differed += 1;
            state.held += exceedsGuardrail(o.price, want, settings.guardrailPercent) ? 1 : 0;
          }
        }
      } else {
        const readAt = new Date(now());
        await recordOzonPrices(deps.store, ozon, readAt);
        await updateWantedPrices(deps.store, units, context.rules, 'reconciliation', now());
        const [marked] = await deps.store.db
          .update(t)
          .set({
            dueAt: readAt,
            reason: sql`CONCAT('Ozon shows ', ${t.ozonPrice}, ', the rules say ', ${t.wantedPrice})`,
          })
          .where(
            and(
              inArray(t.productId, [...new Set(units.map((u) => u.productId))]),
              isNull(t.dueAt),
              isNull(t.heldAt),
              eq(t.ozonReadAt, readAt),
              sql`${t.wantedPrice} IS NOT NULL`,
              or(ne(t.ozonPrice, t.wantedPrice), ne(t.ozonOldPrice, t.wantedOldPrice)) as SQL,
              or(isNull(t.rejectedPrice), ne(t.rejectedPrice, t.wantedPrice)) as SQL,
            ),
          );
        state.differed += marked.affectedRows;
        await push();
      }
      state.afterProductId = units.at(-1)?.productId ?? state.afterProductId;
      state.compared += units.length;
      await control.saveCheckpoint({ ...state });
      await control.progress(state.compared);
      return [];
    },
    { afterProductId: state.afterProductId, signal: deps.signal },
  );
  if (control.dryRun) {
    return `${state.compared} offers compared: ${state.differed} prices differ from Ozon's, ${state.held} of them beyond the ${settings.guardrailPercent} % guardrail (dry run, nothing sent)`;
  }
  await push();
  const next = await nextDue(deps.store, 'offer_prices');
  if (next !== undefined && next - now() <= MAX_BUDGET_WAIT_MS && !deps.signal?.aborted) {
    await deps.clock.sleep(Math.max(0, next - now()), deps.signal);
    await push();
  }
  const waiting = await nextDue(deps.store, 'offer_prices');
  const parts = [
    `${state.compared} offers compared`,
    `${state.differed} prices differed`,
    `${state.sent} sent`,
    `${state.accepted} accepted`,
    state.refused > 0 ? `${state.refused} refused` : undefined,
    state.held > 0
      ? `${state.held} held for approval beyond the ${settings.guardrailPercent} % guardrail`
      : undefined,
    waiting !== undefined
      ? `some wait for Ozon's hourly budget of 10 updates per product (the bridge sends them at ${new Date(waiting).toISOString()})`
      : undefined,
  ];
  const summary = parts.filter((p) => p !== undefined).join(', ');
  await deps.log({
    level: state.held > 0 || state.refused > 0 ? 'warning' : 'info',
    entity: 'price',
    message: `price reconciliation: ${summary}`,
  });
  return summary;
}
