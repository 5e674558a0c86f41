/** How often to look again: from `min` (something just changed) growing by half up to `max` (nothing does). */
export interface PollRange {
  readonly min: number;
  readonly max: number;
}

/** The wait after one with `previous` ms that saw no change. */
export function nextPollDelay(previous: number, range: PollRange): number {
  return Math.min(range.max, Math.max(range.min, Math.round(previous * 1.5)));
}
