import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../db/connection';
import { OWN_TABLE_INFIX } from '../db/own/index';
import { productsWhere } from '../db/products-where';
import { rowsDigest } from '../db/sql-digest';

/** The stored units of one product, as one digest the database computed, and the imports that carry them. */
export interface UnitsDigest {
  readonly digest: string;
  readonly importIds: readonly number[];
}

/** Every column of a unit that planning reads (see UnitState): any change by any step changes the digest. */
const UNIT_COLUMNS = [
  'variant_key',
  'offer_id',
  'state',
  'excluded',
  'archived',
  'sent_hash',
  'payload_hash',
  'import_id',
  'ozon_product_id',
  'name',
  'stock',
  'problems',
];

/**
 * The units of these products (their id range, for a keyset page) as a digest per product: a run that only
 * needs to know whether they changed since it last looked does not read the rows (every unit of the store,
 * names included).
 */
export async function loadUnitDigests(
  store: StoreDb,
  productIds: readonly number[],
  contiguous: boolean,
): Promise<Map<number, UnitsDigest>> {
  const products = productsWhere(productIds, contiguous);
  if (products === undefined) {
    return new Map();
  }
  const [rows] = await store.pool.query<
    Array<{ productId: number; digest: string; imports: string | null } & RowDataPacket>
  >(
    `SELECT product_id AS productId, ${rowsDigest(UNIT_COLUMNS, 'u')} AS digest,
       GROUP_CONCAT(DISTINCT import_id) AS imports
     FROM \`${store.prefix}${OWN_TABLE_INFIX}product_state\` u
     WHERE ${products.sql} GROUP BY product_id`,
    products.params,
  );
  return new Map(
    rows.map((r) => [
      r.productId,
      { digest: r.digest, importIds: r.imports === null ? [] : r.imports.split(',').map(Number) },
    ]),
  );
}
