/** States of items sent to Ozon that still wait for its answer (import task, then moderation). */
const WAITING = ['queued', 'sent', 'moderation'] as const;

/**
 * How far Ozon has got with what was sent, from the catalogue's state counts: live items of all live or waiting
 * ones. The follow-up job reports no progress of its own (it waits for Ozon), so the counts are the measure.
 */
export function ozonProgress(counts: Readonly<Record<string, number>> | undefined): {
  live: number;
  waiting: number;
} {
  const live = counts?.live ?? 0;
  const waiting = WAITING.reduce((sum, state) => sum + (counts?.[state] ?? 0), 0);
  return { live, waiting };
}
