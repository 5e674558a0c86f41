import type { StoreDb } from '../../db/connection';
import { sqlDateTime } from '../source/active-special';
import { type ChangeMark, currentChangeMark, readChangeMark } from './change-mark';
import { changedProductIds } from './changed-products';

/**
 * How often a sync of what changed compares the whole catalogue instead: the safety net for what the store does
 * not report (direct SQL edits, imports by other tools, an event lost while the bridge was down).
 */
export const FULL_COMPARISON_EVERY_MS = 24 * 60 * 60 * 1000;

/** Above this many changed products, reading them by id costs more than the full comparison. */
const MAX_NARROWED = 10_000;

/** What a whole-catalogue sync reads: everything, or the products that may have changed, and why. */
export interface RunScope {
  /** The products to read; undefined: all of them. */
  readonly ids: number[] | undefined;
  /** Recorded when the run completes. */
  readonly mark: ChangeMark;
  readonly reason: string;
}

/** Decides the scope of a whole-catalogue sync: `changed` narrows it when the last complete one allows. */
export async function runScope(
  store: StoreDb,
  options: { readonly wanted: 'all' | 'changed'; readonly now: number; readonly context: string },
): Promise<RunScope> {
  const { now, context } = options;
  const start = await currentChangeMark(store, sqlDateTime(now));
  const full = (reason: string): RunScope => ({
    ids: undefined,
    mark: { ...start, fullAt: now, context },
    reason: `full comparison: ${reason}`,
  });
  if (options.wanted === 'all') {
    return full('every product asked for');
  }
  const previous = await readChangeMark(store);
  if (previous === undefined) {
    return full('no complete sync to start from');
  }
  if (previous.context !== context) {
    return full('the settings, mapping or store names changed since the last sync');
  }
  if (now - previous.fullAt >= FULL_COMPARISON_EVERY_MS) {
    return full('the daily check of what the store did not report');
  }
  const ids = await changedProductIds(store, previous, start);
  if (ids.length > MAX_NARROWED) {
    return full(`${ids.length} products changed`);
  }
  return {
    ids,
    mark: { ...start, fullAt: previous.fullAt, context },
    reason: `${ids.length} product(s) changed or waiting since the last sync`,
  };
}
