import { useCallback, useEffect, useState } from 'preact/hooks';
import { isAbort, PanelApiError } from '../api/errors';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: PanelApiError | undefined;
  readonly loading: boolean;
  /** Loads again (keeping the shown data until the answer arrives). */
  reload(): void;
}

/** Any thrown value as a PanelApiError, so pages handle one error type. */
export function toPanelError(error: unknown): PanelApiError {
  return error instanceof PanelApiError
    ? error
    : new PanelApiError('BAD_RESPONSE', error instanceof Error ? error.message : String(error), 0);
}

/**
 * Loads data for a component: a new load whenever `deps` change, the previous one aborted, and the request
 * aborted when the component goes away, so no answer lands in an unmounted page.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<{
    data: T | undefined;
    error: PanelApiError | undefined;
    loading: boolean;
  }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  // The caller's deps decide when to load again (like useEffect's own), plus reload()'s counter.
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) {
          setState({ data, error: undefined, loading: false });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) {
          setState((s) => ({ ...s, error: toPanelError(error), loading: false }));
        }
      },
    );
    return () => controller.abort();
  }, [...deps, version]);
  // Loading from the call on, not from the effect a frame later: what the caller shows meanwhile is already stale,
  // and a button that acts on it must not be clickable in between.
  const reload = useCallback(() => {
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    setVersion((v) => v + 1);
  }, []);
  return { ...state, reload };
}
