import { useCallback, useState } from 'preact/hooks';

export interface Selection<T> {
  readonly selected: ReadonlySet<T>;
  /** Adds (`on`) or removes the keys: one row's checkbox, or a select-all over the rows shown. */
  toggle(keys: readonly T[], on: boolean): void;
  clear(): void;
}

/** The rows a list's checkboxes picked, by key. */
export function useSelection<T>(): Selection<T> {
  const [selected, setSelected] = useState<ReadonlySet<T>>(new Set());
  const toggle = useCallback(
    (keys: readonly T[], on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        for (const key of keys) {
          if (on) {
            next.add(key);
          } else {
            next.delete(key);
          }
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, clear };
}
