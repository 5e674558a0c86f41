import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../../bridge/src/db/connection';
import { OWN_TABLE_INFIX } from '../../../bridge/src/db/own/index';

/** Where the store's (offer, warehouse) pairs stand, from offer_stocks. */
export interface PairCounts {
  readonly pairs: number;
  /** Ozon took the value the store wants, and nothing waits. */
  readonly accepted: number;
  /** A value waits to be sent. */
  readonly due: number;
  /** Ozon refused the last value sent. */
  readonly refused: number;
}

export async function pairCounts(store: StoreDb): Promise<PairCounts> {
  const [[row]] = await store.pool.query<Array<Record<keyof PairCounts, string | null> & RowDataPacket>>(
    `SELECT COUNT(*) AS pairs, SUM(accepted = wanted AND due_at IS NULL) AS accepted,
       SUM(due_at IS NOT NULL) AS due, SUM(error_code IS NOT NULL) AS refused
     FROM \`${store.prefix}${OWN_TABLE_INFIX}offer_stocks\``,
  );
  return {
    pairs: Number(row?.pairs ?? 0),
    accepted: Number(row?.accepted ?? 0),
    due: Number(row?.due ?? 0),
    refused: Number(row?.refused ?? 0),
  };
}
