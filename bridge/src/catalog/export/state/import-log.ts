import { and, desc, eq, gt, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { StoreDb } from '../../../db/connection';
import type { Problem } from '../validation/problem';

export type ImportTaskRow = StoreDb['own']['importTasks']['$inferSelect'];

/** One offer an import carries, with the content hash that Ozon gets if the import lands. */
export const importedUnitSchema = z.object({
  offerId: z.string(),
  productId: z.number(),
  variantKey: z.string(),
  hash: z.string(),
});
export type ImportedUnit = z.infer<typeof importedUnitSchema>;

/** The units of an import record (validated: the column is JSON). */
export function importUnits(row: ImportTaskRow): ImportedUnit[] {
  return z.array(importedUnitSchema).parse(row.items);
}

/**
 * These units, as one condition: one statement for a batch of 100 instead of one per unit (a 1,000-product sync
 * spent more time on those round trips than on sending). The product ids first, so the key is used.
 */
function unitsWhere(store: StoreDb, units: readonly ImportedUnit[]): SQL {
  const t = store.own.productState;
  const keys = sql.join(
    units.map((u) => sql`(${u.productId}, ${u.variantKey})`),
    sql`, `,
  );
  return sql`${inArray(
    t.productId,
    units.map((u) => u.productId),
  )} AND (${t.productId}, ${t.variantKey}) IN (${keys})`;
}

/** Import records whose request is under way in this process, per store: a re-check leaves them alone. */
const inFlight = new WeakMap<StoreDb, Set<number>>();

/** Marks an import's request as under way (`on`) or over. */
export function markInFlight(store: StoreDb, importId: number, on: boolean): void {
  const ids = inFlight.get(store) ?? new Set<number>();
  inFlight.set(store, ids);
  if (on) {
    ids.add(importId);
  } else {
    ids.delete(importId);
  }
}

/** True while this process waits for the answer to the import's request. */
export function isInFlight(store: StoreDb, importId: number): boolean {
  return inFlight.get(store)?.has(importId) ?? false;
}

/**
 * Step 1 of a send, BEFORE the request: records the import and points its units at it. From here on the units are
 * "in flight": a crash leaves this row in `sending`, and the next run re-checks the offers on Ozon.
 */
export async function recordSending(
  store: StoreDb,
  jobId: string | null,
  units: readonly ImportedUnit[],
  now: Date,
): Promise<number> {
  return store.db.transaction(async (tx) => {
    const [result] = await tx
      .insert(store.own.importTasks)
      .values({ jobId, state: 'sending', items: [...units], createdAt: now });
    const id = result.insertId;
    if (units.length > 0) {
      await tx
        .update(store.own.productState)
        .set({ importId: id, updatedAt: now })
        .where(unitsWhere(store, units));
    }
    return id;
  });
}

/** Step 2, right after Ozon answered with a task id: the units are `sent` and their hash is what Ozon has. */
export async function recordSent(
  store: StoreDb,
  importId: number,
  taskId: string,
  units: readonly ImportedUnit[],
  now: Date,
): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx
      .update(store.own.importTasks)
      .set({ state: 'pending', taskId, sentAt: now })
      .where(eq(store.own.importTasks.id, importId));
    const t = store.own.productState;
    if (units.length === 0) {
      return;
    }
    const hashes = sql.join(
      units.map(
        (u) => sql`WHEN ${t.productId} = ${u.productId} AND ${t.variantKey} = ${u.variantKey} THEN ${u.hash}`,
      ),
      sql` `,
    );
    await tx
      .update(t)
      .set({
        state: 'sent',
        sentHash: sql`CASE ${hashes} END`,
        taskId,
        sentAt: now,
        problems: null,
        updatedAt: now,
      })
      .where(and(unitsWhere(store, units), eq(t.importId, importId)));
  });
}

/**
 * No answer (timeout, dropped connection, 5xx): the import may or may not exist at Ozon. `sent_at` is when the
 * request ended: any import written after it was accepted by Ozon after this one, if this one was accepted at all.
 */
export async function recordUnknown(
  store: StoreDb,
  importId: number,
  error: string,
  now: Date,
): Promise<void> {
  await store.db
    .update(store.own.importTasks)
    .set({ state: 'unknown', error: error.slice(0, 2000), sentAt: now, checkedAt: now })
    .where(eq(store.own.importTasks.id, importId));
}

/**
 * Closes an import for which Ozon made no task, giving its units (those still pointing at it) `problem`:
 * `rejected` fails them; `requeued` leaves them queued, free to be sent again.
 */
async function closeUntaken(
  store: StoreDb,
  importId: number,
  outcome: 'rejected' | 'requeued',
  problem: Problem,
  now: Date,
): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx
      .update(store.own.importTasks)
      .set({ state: outcome, error: problem.message.slice(0, 2000), settledAt: now, checkedAt: now })
      .where(eq(store.own.importTasks.id, importId));
    const t = store.own.productState;
    await tx
      .update(t)
      .set({
        ...(outcome === 'rejected' ? { state: 'failed' as const } : {}),
        problems: [problem],
        importId: null,
        updatedAt: now,
      })
      .where(eq(t.importId, importId));
  });
}

/**
 * Ozon turned the request away before processing it (rate limit, open circuit, unreachable), every attempt: no
 * task exists. The units wait, still `queued`, with `problem` saying why.
 */
export function recordRefused(store: StoreDb, importId: number, problem: Problem, now: Date): Promise<void> {
  return closeUntaken(store, importId, 'requeued', problem, now);
}

/** Ozon refused the whole request (400): no task exists; the units fail with Ozon's message. */
export function recordRejected(store: StoreDb, importId: number, problem: Problem, now: Date): Promise<void> {
  return closeUntaken(store, importId, 'rejected', problem, now);
}

/** Imports whose outcome is still open: written but unanswered, or answered with no task id. */
export async function unresolvedImports(store: StoreDb): Promise<ImportTaskRow[]> {
  const t = store.own.importTasks;
  return store.db
    .select()
    .from(t)
    .where(inArray(t.state, ['sending', 'unknown']))
    .orderBy(t.id);
}

/**
 * Whether Ozon has processed an import it accepted after `row`'s request had ended: one written later that is
 * settled (its task reported every item, or its products showed up). Ozon works through a seller's imports in
 * the order it accepts them, so had it taken `row`, it would have processed it first.
 */
export async function processedAfter(store: StoreDb, row: ImportTaskRow): Promise<boolean> {
  const t = store.own.importTasks;
  const later = await store.db
    .select({ id: t.id })
    .from(t)
    .where(and(gt(t.id, row.id), eq(t.state, 'done'), gte(t.createdAt, row.sentAt ?? row.createdAt)))
    .limit(1);
  return later.length > 0;
}

/** How many of the imports before an unknown one tell Ozon's current pace. */
const PACE_SAMPLE = 10;

/**
 * How long Ozon took to process the imports sent just before `row` (from our request to the poll that saw the
 * task settled, the longest of the last few), or undefined while any of them is still being processed (Ozon has
 * not reached `row` either) or there is none to compare with.
 */
export async function paceBefore(store: StoreDb, row: ImportTaskRow): Promise<number | undefined> {
  const t = store.own.importTasks;
  const earlier = await store.db
    .select({ state: t.state, sentAt: t.sentAt, settledAt: t.settledAt })
    .from(t)
    .where(and(lt(t.id, row.id), isNotNull(t.taskId)))
    .orderBy(desc(t.id))
    .limit(PACE_SAMPLE);
  let pace: number | undefined;
  for (const r of earlier) {
    if (r.state === 'pending') {
      return undefined;
    }
    if (r.sentAt && r.settledAt) {
      pace = Math.max(pace ?? 0, r.settledAt.getTime() - r.sentAt.getTime());
    }
  }
  return pace;
}

/** Imports with a task id whose items Ozon has not all settled yet. */
export async function pendingImports(store: StoreDb): Promise<ImportTaskRow[]> {
  const t = store.own.importTasks;
  return store.db.select().from(t).where(eq(t.state, 'pending')).orderBy(t.id);
}

/** Closes an import record. */
export async function settleImport(
  store: StoreDb,
  importId: number,
  state: 'done' | 'requeued',
  now: Date,
): Promise<void> {
  await store.db
    .update(store.own.importTasks)
    .set({ state, settledAt: now, checkedAt: now })
    .where(eq(store.own.importTasks.id, importId));
}

/** Bumps `checked_at` (for the log view: when the bridge last asked Ozon about it). */
export async function touchImport(store: StoreDb, importId: number, now: Date): Promise<void> {
  await store.db
    .update(store.own.importTasks)
    .set({ checkedAt: now })
    .where(eq(store.own.importTasks.id, importId));
}
