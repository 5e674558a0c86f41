import { useEffect, useRef } from 'preact/hooks';
import { nextPollDelay, type PollRange } from './poll-delay';

export type { PollRange } from './poll-delay';

/**
 * Calls `tick` while `active`, soon after `changeKey` changed and less and less often while it stays the same:
 * a moderation followed for half an hour costs a few dozen requests, not thousands. Skipped in hidden tabs.
 */
export function useBackoffPoll(tick: () => void, active: boolean, changeKey: string, range: PollRange): void {
  const saved = useRef(tick);
  saved.current = tick;
  const { min, max } = range;
  useEffect(() => {
    if (!active) {
      return undefined;
    }
    let delay = min;
    let timer: number | undefined;
    const step = (): void => {
      timer = window.setTimeout(() => {
        if (document.visibilityState !== 'hidden') {
          saved.current();
        }
        delay = nextPollDelay(delay, { min, max });
        step();
      }, delay);
    };
    step();
    return () => window.clearTimeout(timer);
  }, [active, changeKey, min, max]);
}
