import { and, eq, gte, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { OfferSettings, OfferSummary } from '../../contract/offers';
import type { OzonSettings } from '../../contract/ozon-settings';
import type { StoreDb } from '../../db/connection';

/** What the summary reads of the settings (the settings service has both). */
export interface SummarySettings {
  ozon(): Promise<Pick<OzonSettings, 'clientId' | 'apiKey'>>;
  offers(): Promise<Pick<OfferSettings, 'stock'>>;
}

/** Rows where `condition` holds, as a number (SUM of a condition is a DECIMAL text, and NULL over no rows). */
const countWhere = (condition: SQL) =>
  sql<number>`COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`.mapWith(Number);

/** Midnight UTC of `now`'s day: "today" for the accepted counts (the bridge keeps every time in UTC). */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Why nothing can be pushed at all, or null: Ozon first (without credentials nothing is asked of it). */
async function blockedReason(settings: SummarySettings): Promise<string | null> {
  const [ozon, offers] = await Promise.all([settings.ozon(), settings.offers()]);
  if (ozon.clientId === '' || ozon.apiKey === '') {
    return 'Ozon is not configured';
  }
  return offers.stock.warehouses.length === 0 ? 'no Ozon warehouse is mapped' : null;
}

/**
 * What the Stock & prices page heads with, every figure counted from the tables: values waiting to be sent (and
 * of the stocks those waiting for Ozon to put the offer on sale), refusals kept, held prices, and what Ozon
 * accepted since midnight UTC.
 */
export async function offerSummary(
  store: StoreDb,
  settings: SummarySettings,
  now: Date,
): Promise<OfferSummary> {
  const { db, own } = store;
  const st = own.offerStocks;
  const pr = own.offerPrices;
  const s = own.productState;
  const today = startOfUtcDay(now);
  const [[stock], [prices], blocked] = await Promise.all([
    db
      .select({
        pending: countWhere(isNotNull(st.dueAt)),
        // A pair whose unit is gone from product_state is not on sale either.
        waitingForSale: countWhere(
          sql`${st.dueAt} IS NOT NULL AND (${s.state} IS NULL OR ${s.state} <> 'live')`,
        ),
        errors: countWhere(isNotNull(st.errorCode)),
        acceptedToday: countWhere(gte(st.acceptedAt, today)),
      })
      .from(st)
      .leftJoin(s, and(eq(s.productId, st.productId), eq(s.variantKey, st.variantKey))),
    db
      .select({
        pending: countWhere(isNotNull(pr.dueAt)),
        held: countWhere(isNotNull(pr.heldPrice)),
        errors: countWhere(isNotNull(pr.errorCode)),
        acceptedToday: countWhere(gte(pr.acceptedAt, today)),
      })
      .from(pr),
    blockedReason(settings),
  ]);
  // An aggregate without GROUP BY answers one row, even over an empty table.
  return {
    stock: stock ?? { pending: 0, waitingForSale: 0, errors: 0, acceptedToday: 0 },
    prices: prices ?? { pending: 0, held: 0, errors: 0, acceptedToday: 0 },
    blocked,
  };
}
