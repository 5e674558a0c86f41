import { sql } from 'drizzle-orm';
import type { StoreDb } from '../../../db/connection';
import { decideVanished, type UnitState } from '../plan/decide';
import type { PlannedUnit } from '../plan/plan-page';

/** Forgets the previous dry run's verdicts: a new dry run starts (the list shows the last run's only). */
export async function clearDryRunVerdicts(store: StoreDb): Promise<void> {
  await store.db.delete(store.own.dryRunUnits);
}

/**
 * Keeps what a dry run decided for a page's units: each planned unit's action and problems, and the units the
 * store no longer has that an export would archive. Written again as they are when a resumed run plans the page
 * once more (keyed by unit), so a crash neither loses nor doubles a verdict.
 */
export async function writeDryRunVerdicts(
  store: StoreDb,
  jobId: string,
  planned: readonly PlannedUnit[],
  vanished: readonly UnitState[],
  now: Date,
): Promise<void> {
  const rows = [
    ...planned.map((p) => ({
      productId: p.unit.productId,
      variantKey: p.unit.variantKey,
      offerId: p.unit.offerId.slice(0, 255),
      name: p.unit.name.slice(0, 600),
      stock: p.unit.stock,
      action: p.action,
      problems: p.unit.problems.length > 0 ? [...p.unit.problems] : null,
      jobId,
      checkedAt: now,
    })),
    ...vanished
      .filter((row) => decideVanished(row) === 'archive')
      .map((row) => ({
        productId: row.productId,
        variantKey: row.variantKey,
        offerId: row.offerId,
        action: 'archive' as const,
        problems: null,
        jobId,
        checkedAt: now,
      })),
  ];
  if (rows.length === 0) {
    return;
  }
  const t = store.own.dryRunUnits;
  await store.db
    .insert(t)
    .values(rows)
    .onDuplicateKeyUpdate({
      set: {
        offerId: sql`values(${t.offerId})`,
        name: sql`values(${t.name})`,
        stock: sql`values(${t.stock})`,
        action: sql`values(${t.action})`,
        problems: sql`values(${t.problems})`,
        jobId: sql`values(${t.jobId})`,
        checkedAt: sql`values(${t.checkedAt})`,
      },
    });
}
