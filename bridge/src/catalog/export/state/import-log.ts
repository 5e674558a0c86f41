import { and, eq, inArray } from 'drizzle-orm';
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

function unitFilter(store: StoreDb, units: readonly ImportedUnit[]) {
  const t = store.own.productState;
  return units.map((u) => and(eq(t.productId, u.productId), eq(t.variantKey, u.variantKey)));
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
    const t = store.own.productState;
    for (const condition of unitFilter(store, units)) {
      await tx.update(t).set({ importId: id, updatedAt: now }).where(condition);
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
    for (const unit of units) {
      await tx
        .update(t)
        .set({ state: 'sent', sentHash: unit.hash, taskId, sentAt: now, problems: null, updatedAt: now })
        .where(
          and(eq(t.productId, unit.productId), eq(t.variantKey, unit.variantKey), eq(t.importId, importId)),
        );
    }
  });
}

/** No answer (timeout, dropped connection, 5xx): the import may or may not exist at Ozon. */
export async function recordUnknown(
  store: StoreDb,
  importId: number,
  error: string,
  now: Date,
): Promise<void> {
  await store.db
    .update(store.own.importTasks)
    .set({ state: 'unknown', error: error.slice(0, 2000), checkedAt: now })
    .where(eq(store.own.importTasks.id, importId));
}

/** Ozon refused the whole request (400, quota): no task exists; the units fail with Ozon's message. */
export async function recordRejected(
  store: StoreDb,
  importId: number,
  units: readonly ImportedUnit[],
  problem: Problem,
  now: Date,
): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx
      .update(store.own.importTasks)
      .set({ state: 'rejected', error: problem.message.slice(0, 2000), settledAt: now })
      .where(eq(store.own.importTasks.id, importId));
    const t = store.own.productState;
    await tx
      .update(t)
      .set({ state: 'failed', problems: [problem], importId: null, updatedAt: now })
      .where(
        and(
          eq(t.importId, importId),
          inArray(
            t.offerId,
            units.map((u) => u.offerId),
          ),
        ),
      );
  });
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
