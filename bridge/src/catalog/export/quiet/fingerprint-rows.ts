import type { RowDataPacket } from 'mysql2/promise';
import type { UnitAction } from '../../../contract/export-report';
import { unitActions } from '../../../contract/values';
import type { StoreDb } from '../../../db/connection';
import { OWN_TABLE_INFIX } from '../../../db/own/index';
import { productsWhere } from '../../../db/products-where';

/** Units by action. */
export type UnitCounts = Partial<Record<UnitAction, number>>;

/** Adds `from` into `into`. */
export function addCounts(into: UnitCounts, from: UnitCounts): void {
  for (const action of unitActions) {
    const n = from[action];
    if (n !== undefined) {
      into[action] = (into[action] ?? 0) + n;
    }
  }
}

/** A product found quiet: its fingerprint then, and its units by action (the run's report counts them). */
export interface QuietRecord {
  readonly fingerprint: string;
  readonly actions: UnitCounts;
}

function table(store: StoreDb): string {
  return `\`${store.prefix}${OWN_TABLE_INFIX}product_fingerprints\``;
}

/** The quiet records of a page: its id range (a keyset page), or the listed products. */
export async function loadQuietRecords(
  store: StoreDb,
  productIds: readonly number[],
  contiguous: boolean,
): Promise<Map<number, QuietRecord>> {
  const products = productsWhere(productIds, contiguous);
  if (products === undefined) {
    return new Map();
  }
  const [rows] = await store.pool.query<
    Array<{ productId: number; fingerprint: string; actions: string } & RowDataPacket>
  >(
    `SELECT product_id AS productId, fingerprint, actions FROM ${table(store)}
     WHERE ${products.sql}`,
    products.params,
  );
  const out = new Map<number, QuietRecord>();
  for (const r of rows) {
    // Written by saveQuietRecords alone, from counted actions.
    out.set(r.productId, { fingerprint: r.fingerprint, actions: JSON.parse(r.actions) as UnitCounts });
  }
  return out;
}

/** Records products found quiet (only those whose fingerprint changed are passed in). */
export async function saveQuietRecords(
  store: StoreDb,
  records: ReadonlyMap<number, QuietRecord>,
  now: Date,
): Promise<void> {
  if (records.size === 0) {
    return;
  }
  await store.pool.query(
    `INSERT INTO ${table(store)} (product_id, fingerprint, actions, changed_at) VALUES ?
     ON DUPLICATE KEY UPDATE fingerprint = VALUES(fingerprint), actions = VALUES(actions),
       changed_at = VALUES(changed_at)`,
    [[...records].map(([id, r]) => [id, r.fingerprint, JSON.stringify(r.actions), now])],
  );
}

/** Forgets the records of products that are no longer quiet, or no longer in the store. */
export async function forgetQuietRecords(store: StoreDb, productIds: readonly number[]): Promise<void> {
  if (productIds.length > 0) {
    await store.pool.query(`DELETE FROM ${table(store)} WHERE product_id IN (?)`, [productIds]);
  }
}
