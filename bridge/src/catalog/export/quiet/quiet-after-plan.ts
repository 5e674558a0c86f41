import { analysisChanges } from '../../../unit-state/state-rows';
import { analysisOf } from '../plan/apply-page';
import type { UnitAction, UnitState } from '../plan/decide';
import type { PlannedUnit } from '../plan/plan-page';
import type { QuietRecord, UnitCounts } from './fingerprint-rows';

/** Actions that leave a unit as it is. */
const QUIET: ReadonlySet<UnitAction> = new Set([
  'unchanged',
  'disabled',
  'excluded',
  'in_flight',
  'invalid',
  'not_mapped',
]);

/**
 * A unit held back for a duplicate article is never quiet: whether another unit holds the article is not in this
 * product's fingerprint, and the other may give it up.
 */
function quietUnit(p: PlannedUnit): boolean {
  if (!QUIET.has(p.action) || p.unit.problems.some((problem) => problem.code === 'offer_id_duplicate')) {
    return false;
  }
  const write = analysisOf(p);
  return write === undefined || !analysisChanges(write, p.row);
}

/**
 * After a page was analysed: the products it found quiet whose record must be written (new or changed
 * fingerprint), and the products with a record that are not quiet any more or have left the store.
 */
export function quietAfterPlan(
  planned: readonly PlannedUnit[],
  vanished: readonly UnitState[],
  fingerprints: ReadonlyMap<number, string>,
  records: ReadonlyMap<number, QuietRecord>,
): { save: Map<number, QuietRecord>; forget: number[] } {
  const actions = new Map<number, UnitCounts | undefined>();
  for (const p of planned) {
    const id = p.unit.productId;
    const counts = actions.has(id) ? actions.get(id) : {};
    if (counts === undefined || !quietUnit(p)) {
      actions.set(id, undefined);
      continue;
    }
    counts[p.action] = (counts[p.action] ?? 0) + 1;
    actions.set(id, counts);
  }
  for (const row of vanished) {
    actions.set(row.productId, undefined);
  }
  const save = new Map<number, QuietRecord>();
  const forget: number[] = [];
  for (const [id, fingerprint] of fingerprints) {
    const counts = actions.get(id);
    if (counts !== undefined) {
      if (records.get(id)?.fingerprint !== fingerprint) {
        save.set(id, { fingerprint, actions: counts });
      }
    } else if (records.has(id)) {
      forget.push(id);
    }
  }
  for (const id of records.keys()) {
    if (!fingerprints.has(id) && actions.has(id)) {
      forget.push(id);
    }
  }
  return { save, forget };
}
