import type { UnitAction } from '../../../contract/export-report';
import type { LifecycleState, ProductStateRow, UnitState } from '../../../unit-state/unit-state';
import type { UnitPayload } from '../payload/build-item';
import { sendable } from '../validation/problem';

// The unit types planning works with; UnitAction is listed in the contract (the panel shows it).
export type { LifecycleState, ProductStateRow, UnitAction, UnitState };

/** True when the row says Ozon has (or is creating) this product. */
export function onOzon(row: UnitState | undefined): boolean {
  return row !== undefined && (row.ozonProductId !== null || row.sentHash !== null);
}

/**
 * Decides what to do with one unit. Exclusion is per product (the merchant excludes a product, not a size). from its freshly built payload and its stored state. Pure. Order matters: an
 * excluded product is left alone whatever its data, a disabled one leaves Ozon (archive) before its data is
 * judged, and a product whose last import is unresolved is never sent again until that import is settled.
 */
export function decideUnit(
  unit: UnitPayload,
  product: { readonly enabled: boolean; readonly excluded: boolean },
  row: UnitState | undefined,
  unresolvedImportIds: ReadonlySet<number>,
): UnitAction {
  const { enabled } = product;
  if (product.excluded) {
    return 'excluded';
  }
  if (!enabled) {
    return onOzon(row) && row?.archived !== true ? 'archive' : 'disabled';
  }
  if (row?.importId != null && unresolvedImportIds.has(row.importId)) {
    return 'in_flight';
  }
  if (!sendable(unit.problems) || unit.hash === undefined) {
    return unit.problems.some((p) => p.blocks === 'mapping') ? 'not_mapped' : 'invalid';
  }
  if (row?.archived) {
    return 'unarchive';
  }
  if (row?.sentHash === unit.hash) {
    return 'unchanged';
  }
  return onOzon(row) ? 'update' : 'create';
}

/**
 * A stored unit that OpenCart no longer has (its product or option value was deleted): archived on Ozon if Ozon
 * has it, kept once archived (the card still exists there and still holds its article), forgotten when Ozon
 * never had it.
 */
export function decideVanished(row: UnitState): 'archive' | 'keep' | 'forget' {
  if (!onOzon(row)) {
    return 'forget';
  }
  return row.archived || row.excluded ? 'keep' : 'archive';
}
