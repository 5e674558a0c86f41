import type { Clock } from './clock';

/** A clock that only moves when told to: `advance(ms)` wakes every sleeper whose time has come. */
export interface ManualClock extends Clock {
  advance(ms: number): Promise<void>;
  set(now: number): Promise<void>;
}

/** Creates a manual clock starting at `start` (ms since the epoch). */
export function createManualClock(start: number = Date.parse('2026-11-27T09:00:00Z')): ManualClock {
  let current = start;
  const sleepers: { at: number; wake: () => void }[] = [];
  const wakeDue = async (): Promise<void> => {
    sleepers.sort((a, b) => a.at - b.at);
    while (sleepers.length > 0 && (sleepers[0]?.at ?? Number.POSITIVE_INFINITY) <= current) {
      sleepers.shift()?.wake();
      // Let the woken code run (and maybe sleep again) before the next one wakes.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return {
    now: () => current,
    sleep(ms, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const entry = { at: current + Math.max(0, ms), wake: () => resolve() };
        sleepers.push(entry);
        signal?.addEventListener(
          'abort',
          () => {
            const i = sleepers.indexOf(entry);
            if (i >= 0) {
              sleepers.splice(i, 1);
            }
            reject(signal.reason);
          },
          { once: true },
        );
        if (ms <= 0) {
          void wakeDue();
        }
      });
    },
    async advance(ms) {
      current += ms;
      await wakeDue();
    },
    async set(now) {
      current = Math.max(current, now);
      await wakeDue();
    },
  };
}

/** True for clocks that can be moved by hand. */
export function isManualClock(clock: Clock): clock is ManualClock {
  return 'advance' in clock && typeof (clock as Partial<ManualClock>).advance === 'function';
}
