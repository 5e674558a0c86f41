import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import { productsOfEvents, readStoreEvents } from '../../store-events/affected-products';
import type { ChangeMark } from './change-mark';

type Ids = Array<{ id: number } & RowDataPacket>;

/** Products saved after the mark's newest time, and those saved in that second when it has more than then. */
async function savedSince(store: StoreDb, from: ChangeMark): Promise<number[]> {
  if (from.dateModified === '') {
    return [];
  }
  const products = `\`${store.prefix}product\``;
  const [[same]] = await store.pool.query<Array<{ n: number } & RowDataPacket>>(
    `SELECT COUNT(*) AS n FROM ${products} WHERE date_modified = ?`,
    [from.dateModified],
  );
  const [rows] = await store.pool.query<Ids>(
    `SELECT product_id AS id FROM ${products} WHERE date_modified ${Number(same?.n) > from.newestCount ? '>=' : '>'} ?`,
    [from.dateModified],
  );
  return rows.map((r) => r.id);
}

/**
 * Products that may have changed between two marks, from what the store tells without reading its catalogue:
 * - `date_modified` after the old mark's newest, or at it when more products carry it than then (OpenCart sets
 *   it on every save in the admin);
 * - store events received in between: products added, edited or deleted, the products of an edited category,
 *   and the products of orders placed or moved on (their stock);
 * - specials that started or ended in between (the rows stay the same when that happens);
 * - units a run left queued behind Ozon's quota, and units held back by an article one of these products holds
 *   (which it may have given up).
 * Direct SQL edits change no `date_modified` and send no event: the periodic full comparison finds those.
 */
export async function changedProductIds(
  store: StoreDb,
  from: ChangeMark,
  to: Pick<ChangeMark, 'eventId' | 'at'>,
): Promise<number[]> {
  const t = (name: string): string => `\`${store.prefix}${name}\``;
  const ids = (sql: string, params: unknown[]): Promise<number[]> =>
    store.pool.query<Ids>(sql, params).then(([rows]) => rows.map((r) => r.id));
  const [modified, events, specials, waiting] = await Promise.all([
    savedSince(store, from),
    readStoreEvents(store, from.eventId, to.eventId),
    ids(
      `SELECT DISTINCT product_id AS id FROM ${t('product_special')}
       WHERE (CAST(date_start AS DATETIME) >= ? AND CAST(date_start AS DATETIME) < ?)
          OR (CAST(date_end AS DATETIME) >= ? AND CAST(date_end AS DATETIME) < ?)`,
      [from.at, to.at, from.at, to.at],
    ),
    ids(
      `SELECT DISTINCT product_id AS id FROM ${t(`${OWN_TABLE_INFIX}product_state`)} WHERE state = 'queued'`,
      [],
    ),
  ]);
  const out = new Set<number>([...modified, ...specials, ...waiting]);
  for (const id of await productsOfEvents(store, events, { categories: true })) {
    out.add(id);
  }
  const states = t(`${OWN_TABLE_INFIX}product_state`);
  const heldBack =
    out.size === 0
      ? []
      : await ids(
          `SELECT DISTINCT d.product_id AS id FROM ${states} d
           JOIN ${states} h ON h.offer_id = d.offer_id AND h.product_id <> d.product_id
           WHERE d.state = 'invalid' AND d.problems LIKE '%offer_id_duplicate%' AND h.product_id IN (?)`,
          [[...out]],
        );
  for (const id of heldBack) {
    out.add(id);
  }
  return [...out].sort((a, b) => a - b);
}
