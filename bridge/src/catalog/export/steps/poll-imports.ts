import { and, eq } from 'drizzle-orm';
import { OzonError } from '../../../ozon/client';
import { importUnits, pendingImports, settleImport, touchImport } from '../state/import-log';
import { type ExportDeps, nowOf } from './deps';
import { importErrorProblem } from './ozon-errors';

export interface PollOutcome {
  /** Imports still waiting for Ozon after this poll. */
  readonly stillPending: number;
  readonly imported: number;
  readonly failed: number;
}

/**
 * Asks Ozon about every import with a task id (/v1/product/import/info) and moves its units on: `imported` or
 * `skipped` → moderation (with Ozon's product id), `failed` → failed with Ozon's per-item errors. An import whose
 * items are all settled is closed. Only units still pointing at the import are touched (a newer import wins).
 */
export async function pollImports(deps: ExportDeps): Promise<PollOutcome> {
  let stillPending = 0;
  let imported = 0;
  let failed = 0;
  const t = deps.store.own.productState;
  for (const row of await pendingImports(deps.store)) {
    if (deps.signal.aborted || row.taskId === null) {
      stillPending += 1;
      continue;
    }
    let info: Awaited<ReturnType<ExportDeps['ozon']['products']['importInfo']>>;
    try {
      info = await deps.ozon.products.importInfo(row.taskId, { signal: deps.signal });
    } catch (error) {
      if (error instanceof OzonError) {
        stillPending += 1;
        await touchImport(deps.store, row.id, nowOf(deps));
        continue;
      }
      throw error;
    }
    const units = new Map(importUnits(row).map((u) => [u.offerId, u]));
    let open = 0;
    const now = nowOf(deps);
    await deps.store.db.transaction(async (tx) => {
      for (const item of info.items) {
        const unit = units.get(item.offer_id);
        if (!unit) {
          continue;
        }
        const where = and(
          eq(t.productId, unit.productId),
          eq(t.variantKey, unit.variantKey),
          eq(t.importId, row.id),
        );
        if (item.status === 'imported' || item.status === 'skipped') {
          imported += 1;
          await tx
            .update(t)
            .set({
              state: 'moderation',
              ozonProductId: item.product_id ?? null,
              problems: null,
              updatedAt: now,
            })
            .where(where);
        } else if (item.status === 'failed') {
          failed += 1;
          const problems = item.errors.map(importErrorProblem);
          await tx
            .update(t)
            .set({ state: 'failed', problems: problems.length > 0 ? problems : null, updatedAt: now })
            .where(where);
        } else {
          open += 1;
        }
      }
    });
    // Ozon lists every item of a task; an empty list means the task is not processed yet.
    if (open === 0 && info.items.length > 0) {
      await settleImport(deps.store, row.id, 'done', now);
    } else {
      stillPending += 1;
      await touchImport(deps.store, row.id, now);
    }
  }
  return { stillPending, imported, failed };
}
