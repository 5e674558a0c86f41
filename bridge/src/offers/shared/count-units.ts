import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import { OFFER_UNITS } from './offer-units';

/** How many units the offers wing looks after (a reconciliation's progress total). */
export async function countOfferUnits(store: StoreDb): Promise<number> {
  const [[row]] = await store.pool.query<Array<{ n: number } & RowDataPacket>>(
    `SELECT COUNT(*) AS n FROM \`${store.prefix}${OWN_TABLE_INFIX}product_state\` s WHERE ${OFFER_UNITS}`,
  );
  return Number(row?.n ?? 0);
}
