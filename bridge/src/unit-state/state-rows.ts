import { isDeepStrictEqual } from 'node:util';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import type { Problem } from '../contract/problems';
import type { StoreDb } from '../db/connection';
import { OWN_TABLE_INFIX } from '../db/own/index';
import { productsWhere } from '../db/products-where';
import type { LifecycleState, UnitRef, UnitState } from './unit-state';

export type ProductStateInsert = StoreDb['own']['productState']['$inferInsert'];

/** The map key of one unit. */
export function unitKey(productId: number, variantKey: string): string {
  return `${productId}:${variantKey}`;
}

/** Every stored unit of these products, by unit key (the columns planning reads; plain SQL, read per page). */
export async function loadStates(
  store: StoreDb,
  productIds: readonly number[],
  /** The ids are every product of a keyset page: ask for their range (cheaper to send and to run than a list). */
  contiguous = false,
): Promise<Map<string, UnitState>> {
  const products = productsWhere(productIds, contiguous);
  if (products === undefined) {
    return new Map();
  }
  const [rows] = await store.pool.query<Array<UnitStateRow & RowDataPacket>>(
    `SELECT product_id AS productId, variant_key AS variantKey, offer_id AS offerId, state, excluded,
       sent_hash AS sentHash, import_id AS importId, ozon_product_id AS ozonProductId, archived, name, stock,
       payload_hash AS payloadHash, problems
     FROM \`${store.prefix}${OWN_TABLE_INFIX}product_state\`
     WHERE ${products.sql}
     ORDER BY product_id, variant_key`,
    products.params,
  );
  const out = new Map<string, UnitState>();
  for (const r of rows) {
    out.set(unitKey(r.productId, r.variantKey), {
      ...r,
      excluded: r.excluded === 1,
      archived: r.archived === 1,
    });
  }
  return out;
}

/** A state row as MySQL returns it (booleans are TINYINT, JSON is text on MariaDB). */
type UnitStateRow = Omit<UnitState, 'excluded' | 'archived'> & { excluded: number; archived: number };

/** Who holds each of these offer_ids in the stored state (first by product id when several do). */
export async function offerHolders(
  store: StoreDb,
  offerIds: readonly string[],
): Promise<Map<string, UnitRef>> {
  const wanted = [...new Set(offerIds.filter((o) => o !== ''))];
  if (wanted.length === 0) {
    return new Map();
  }
  const t = store.own.productState;
  const rows = await store.db
    .select({ offerId: t.offerId, productId: t.productId, variantKey: t.variantKey })
    .from(t)
    .where(inArray(t.offerId, wanted))
    .orderBy(t.productId);
  const out = new Map<string, UnitRef>();
  for (const r of rows) {
    if (!out.has(r.offerId)) {
      out.set(r.offerId, { productId: r.productId, variantKey: r.variantKey });
    }
  }
  return out;
}

/** The articles on record: who holds each, and which more than one unit carries. */
export interface StoredOffers {
  readonly holders: Map<string, UnitRef>;
  /** Articles several stored units carry (duplicates on record); every other one has exactly one unit. */
  readonly contested: ReadonlySet<string>;
}

/**
 * Every stored offer_id with its holder (the lowest product id when several hold it), read in keyset slices: one
 * pass per whole-catalogue run instead of a lookup per page.
 */
export async function allOfferHolders(store: StoreDb): Promise<StoredOffers> {
  const holders = new Map<string, UnitRef>();
  const contested = new Set<string>();
  let after: [number, string] = [0, ''];
  for (;;) {
    const [rows] = await store.pool.query<
      Array<{ offerId: string; productId: number; variantKey: string } & RowDataPacket>
    >(
      `SELECT offer_id AS offerId, product_id AS productId, variant_key AS variantKey
       FROM \`${store.prefix}${OWN_TABLE_INFIX}product_state\` WHERE (product_id, variant_key) > (?, ?)
       ORDER BY product_id, variant_key LIMIT 50000`,
      after,
    );
    const last = rows.at(-1);
    if (!last) {
      return { holders, contested };
    }
    for (const r of rows) {
      if (r.offerId === '') {
        continue;
      }
      if (holders.has(r.offerId)) {
        contested.add(r.offerId);
      } else {
        holders.set(r.offerId, { productId: r.productId, variantKey: r.variantKey });
      }
    }
    after = [last.productId, last.variantKey];
  }
}

/** What an analysis writes about a unit (its lifecycle fields are left to the steps that change them). */
export interface AnalysisWrite {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  readonly name: string;
  readonly stock: number;
  readonly state: LifecycleState;
  readonly problems: readonly Problem[];
  readonly payloadHash: string | null;
}

/** A JSON column as read: text from MariaDB (JSON is LONGTEXT there), a value from MySQL or the query builder. */
function jsonValue(stored: unknown): unknown {
  return typeof stored === 'string' ? JSON.parse(stored) : (stored ?? null);
}

/** Whether writing `write` would change the stored unit (a new unit always does). */
export function analysisChanges(write: AnalysisWrite, stored: UnitState | undefined): boolean {
  if (stored === undefined) {
    return true;
  }
  const problems = write.problems.length > 0 ? write.problems : null;
  return (
    stored.offerId !== write.offerId.slice(0, 255) ||
    stored.name !== write.name.slice(0, 600) ||
    stored.stock !== write.stock ||
    stored.state !== write.state ||
    stored.payloadHash !== write.payloadHash ||
    // Problems are few and small; most units have none on either side.
    (problems !== null || stored.problems !== null
      ? !isDeepStrictEqual(jsonValue(stored.problems), jsonValue(JSON.stringify(problems)))
      : false)
  );
}

/** Writes the analysis of many units at once (insert or update; Ozon-side fields untouched). */
export async function writeAnalysis(
  store: StoreDb,
  rows: readonly AnalysisWrite[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const t = store.own.productState;
  await store.db
    .insert(t)
    .values(
      rows.map((r) => ({
        productId: r.productId,
        variantKey: r.variantKey,
        offerId: r.offerId.slice(0, 255),
        name: r.name.slice(0, 600),
        stock: r.stock,
        state: r.state,
        problems: r.problems.length > 0 ? [...r.problems] : null,
        payloadHash: r.payloadHash,
        updatedAt: now,
      })),
    )
    .onDuplicateKeyUpdate({
      set: {
        offerId: sql`values(${t.offerId})`,
        name: sql`values(${t.name})`,
        stock: sql`values(${t.stock})`,
        state: sql`values(${t.state})`,
        problems: sql`values(${t.problems})`,
        payloadHash: sql`values(${t.payloadHash})`,
        updatedAt: sql`values(${t.updatedAt})`,
      },
    });
}

/** Changes lifecycle fields of some units. */
export async function updateUnits(
  store: StoreDb,
  units: ReadonlyArray<{ productId: number; variantKey: string }>,
  set: Partial<Omit<ProductStateInsert, 'productId' | 'variantKey'>>,
): Promise<void> {
  const t = store.own.productState;
  const byProduct = new Map<string, number[]>();
  for (const u of units) {
    byProduct.set(u.variantKey, [...(byProduct.get(u.variantKey) ?? []), u.productId]);
  }
  for (const [variantKey, productIds] of byProduct) {
    await store.db
      .update(t)
      .set(set)
      .where(and(eq(t.variantKey, variantKey), inArray(t.productId, productIds)));
  }
}

/** Removes stored units nobody needs any more (a variant that vanished before it ever reached Ozon). */
export async function forgetUnits(
  store: StoreDb,
  units: ReadonlyArray<{ productId: number; variantKey: string }>,
): Promise<void> {
  const t = store.own.productState;
  for (const u of units) {
    await store.db.delete(t).where(and(eq(t.productId, u.productId), eq(t.variantKey, u.variantKey)));
  }
}
