import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PanelApiError } from '../api/errors';
import { toPanelError } from './use-resource';

export interface Action<A extends unknown[], T> {
  /** Runs the action; resolves to the result, or undefined when it failed (the error is in `error`). */
  run(...args: A): Promise<T | undefined>;
  readonly pending: boolean;
  readonly error: PanelApiError | undefined;
  readonly result: T | undefined;
  reset(): void;
}

/** A write the user triggers (save, send, retry): one at a time, its state ignored once the page is gone. */
export function useAction<A extends unknown[], T>(perform: (...args: A) => Promise<T>): Action<A, T> {
  const [state, setState] = useState<{
    pending: boolean;
    error: PanelApiError | undefined;
    result: T | undefined;
  }>({ pending: false, error: undefined, result: undefined });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const performRef = useRef(perform);
  performRef.current = perform;
  const run = useCallback(async (...args: A): Promise<T | undefined> => {
    setState((s) => ({ ...s, pending: true, error: undefined }));
    try {
      const result = await performRef.current(...args);
      if (mounted.current) {
        setState({ pending: false, error: undefined, result });
      }
      return result;
    } catch (error) {
      if (mounted.current) {
        setState({ pending: false, error: toPanelError(error), result: undefined });
      }
      return undefined;
    }
  }, []);
  const reset = useCallback(() => setState({ pending: false, error: undefined, result: undefined }), []);
  return { ...state, run, reset };
}
