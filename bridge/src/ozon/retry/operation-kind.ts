/**
 * How safe an operation is to repeat. The schema registry (`ozonOperations`) tags every operation with one of these;
 * the retry decision only needs the tag.
 * - read: no side effect, always safe to repeat.
 * - idempotent-write: repeating sets the same value again (stocks, prices, tracking numbers).
 * - creating-write: repeating creates something new (an import task), so an unknown outcome must be re-checked.
 * - state-change: moves a posting through its lifecycle; an unknown outcome is re-checked with /v3/posting/fbs/get.
 */
export type OperationKind = 'read' | 'idempotent-write' | 'creating-write' | 'state-change';

/** True when an operation whose outcome is unknown may simply be sent again. */
export function isSafeToRepeat(kind: OperationKind): boolean {
  return kind === 'read' || kind === 'idempotent-write';
}
