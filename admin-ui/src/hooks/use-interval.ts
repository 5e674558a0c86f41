import { useEffect, useRef } from 'preact/hooks';

/** Calls `tick` every `ms` while mounted and the tab is visible; `ms` undefined pauses it. */
export function useInterval(tick: () => void, ms: number | undefined): void {
  const saved = useRef(tick);
  saved.current = tick;
  useEffect(() => {
    if (ms === undefined) {
      return undefined;
    }
    const id = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') {
        saved.current();
      }
    }, ms);
    return () => window.clearInterval(id);
  }, [ms]);
}
