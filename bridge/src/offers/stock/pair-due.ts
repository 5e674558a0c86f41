/** Ozon takes one stock update per offer and warehouse every 30 s; the margin covers the two clocks' drift. */
export const PAIR_INTERVAL_MS = 30_000 + 250;

/** The columns that decide whether and when a pair has a value to send. */
export interface PairValues {
  readonly wanted: number;
  readonly sent: number | null;
  readonly accepted: number | null;
  readonly acceptedAt: Date | null;
}

/**
 * When the pair's value is to be sent: never when Ozon already has what the store wants (and nothing else is on
 * its way), else as soon as Ozon takes another update for the pair. The newest `wanted` is what goes then.
 */
export function dueAt(pair: PairValues, now: number): Date | null {
  if (pair.wanted === pair.accepted && (pair.sent === null || pair.sent === pair.accepted)) {
    return null;
  }
  const earliest = pair.acceptedAt ? pair.acceptedAt.getTime() + PAIR_INTERVAL_MS : 0;
  return new Date(Math.max(now, earliest));
}
