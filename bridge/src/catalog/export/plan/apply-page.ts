import {
  type AnalysisWrite,
  analysisChanges,
  forgetUnits,
  writeAnalysis,
} from '../../../unit-state/state-rows';
import { addCounts, type UnitCounts } from '../quiet/fingerprint-rows';
import { archiveUnits, unarchiveUnits } from '../steps/archive';
import { type ExportDeps, nowOf } from '../steps/deps';
import { type QuotaLeft, type SendableUnit, sendImports } from '../steps/send-imports';
import { sendable } from '../validation/problem';
import { decideVanished, type LifecycleState, type UnitAction, type UnitState } from './decide';
import { type ExportReport, MAX_HELD_BACK_CODES, MAX_LISTED_CHANGES } from './export-report';
import type { PlannedUnit } from './plan-page';

const PRE_SEND: ReadonlySet<LifecycleState> = new Set([
  'not_mapped',
  'invalid',
  'queued',
  'disabled',
  'excluded',
]);

/** The lifecycle state an analysis leaves a unit in (Ozon-side states are only changed by Ozon's answers). */
function analysedState(p: PlannedUnit): LifecycleState | undefined {
  switch (p.action) {
    case 'not_mapped':
    case 'invalid':
    case 'excluded':
    case 'disabled':
      return p.action;
    case 'create':
    case 'update':
      return 'queued';
    case 'unchanged':
      // Back to what Ozon has: the moderation pass reads the card and settles live or failed.
      return p.row === undefined || PRE_SEND.has(p.row.state) ? 'moderation' : p.row.state;
    default:
      return p.row?.state;
  }
}

/** What the analysis of a planned unit writes; undefined when it writes nothing (its import is in flight). */
export function analysisOf(p: PlannedUnit): AnalysisWrite | undefined {
  const state = analysedState(p);
  if (state === undefined || p.action === 'in_flight') {
    return undefined;
  }
  const keepOzonErrors = p.action === 'unchanged' && p.row?.state === 'failed';
  return {
    productId: p.unit.productId,
    variantKey: p.unit.variantKey,
    offerId: p.unit.offerId,
    name: p.unit.name,
    stock: p.unit.stock,
    state,
    problems: keepOzonErrors ? [] : p.unit.problems,
    payloadHash: p.unit.hash ?? null,
  };
}

/** Counts the blocking problems of a unit that is held back into the report (sorted once per page). */
function countHeldBack(report: ExportReport, p: PlannedUnit): boolean {
  if (p.action !== 'invalid' && p.action !== 'not_mapped') {
    return false;
  }
  for (const problem of p.unit.problems) {
    if (problem.blocks === 'none') {
      continue;
    }
    const entry = report.heldBack.find((h) => h.code === problem.code);
    if (entry) {
      entry.units += 1;
    } else if (report.heldBack.length < MAX_HELD_BACK_CODES) {
      report.heldBack.push({ code: problem.code, message: problem.message, units: 1 });
    }
  }
  return true;
}

/** Counts a page's plan into the report. */
export function countPlan(
  report: ExportReport,
  products: number,
  planned: readonly PlannedUnit[],
  vanished: number,
): void {
  report.products += products;
  report.units += planned.length;
  let heldBack = false;
  for (const p of planned) {
    report.actions[p.action] = (report.actions[p.action] ?? 0) + 1;
    const listed =
      p.action === 'create' || p.action === 'update' || p.action === 'archive' || p.action === 'unarchive';
    if (listed && report.changes.length < MAX_LISTED_CHANGES) {
      report.changes.push({ productId: p.unit.productId, offerId: p.unit.offerId, action: p.action });
    }
    if (p.action === 'create' || p.action === 'update') {
      report.quotaNeeded[p.action] += 1;
    }
    heldBack = countHeldBack(report, p) || heldBack;
  }
  if (heldBack) {
    report.heldBack.sort((a, b) => b.units - a.units);
  }
  report.actions.archive = (report.actions.archive ?? 0) + vanished;
}

/** Counts the units of products passed over as quiet, by the action their last analysis found. */
export function countQuiet(report: ExportReport, actions: UnitCounts): void {
  addCounts(report.actions, actions);
  for (const n of Object.values(actions)) {
    report.units += n;
  }
}

function toSend(p: PlannedUnit): SendableUnit | undefined {
  const { unit } = p;
  if (unit.item === undefined || unit.hash === undefined || !sendable(unit.problems)) {
    return undefined;
  }
  const changedWhileArchived = p.action === 'unarchive' && p.row?.sentHash !== unit.hash;
  if (p.action !== 'create' && p.action !== 'update' && !changedWhileArchived) {
    return undefined;
  }
  return {
    unit: { ...unit, item: unit.item, hash: unit.hash },
    action: p.action === 'create' ? 'create' : 'update',
  };
}

/**
 * Acts on a planned page: writes each unit's analysis (state, problems, hash) where it changed, so that a run over
 * an unchanged catalogue writes nothing and `updated_at` says when a unit last changed; archives what left the store,
 * restores what came back, and sends what changed. Data is written before the caller checkpoints past the page.
 */
export async function applyPage(
  deps: ExportDeps,
  planned: readonly PlannedUnit[],
  vanished: readonly UnitState[],
  quota: QuotaLeft,
  sendingHalted: boolean,
): Promise<{ batches: number; itemsSent: number; halted: boolean }> {
  await writeAnalysis(
    deps.store,
    planned.flatMap((p) => {
      const write = analysisOf(p);
      return write !== undefined && analysisChanges(write, p.row) ? [write] : [];
    }),
    nowOf(deps),
  );
  const gone = vanished.filter((r) => decideVanished(r) === 'archive');
  await forgetUnits(
    deps.store,
    vanished.filter((r) => decideVanished(r) === 'forget'),
  );
  const rowsFor = (action: UnitAction): UnitState[] =>
    planned.flatMap((p) => (p.action === action && p.row !== undefined ? [p.row] : []));
  if (sendingHalted) {
    return { batches: 0, itemsSent: 0, halted: true };
  }
  await archiveUnits(deps, [...rowsFor('archive'), ...gone]);
  await unarchiveUnits(deps, rowsFor('unarchive'));
  const outcome = await sendImports(
    deps,
    planned.flatMap((p) => toSend(p) ?? []),
    quota,
  );
  return { batches: outcome.batches, itemsSent: outcome.itemsSent, halted: outcome.halted };
}
