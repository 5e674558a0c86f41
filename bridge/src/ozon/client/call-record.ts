/** A per-item error found inside a 200 answer (stocks, prices, import results). */
export interface ItemErrorSummary {
  readonly code: string;
  readonly message: string;
}

/**
 * One HTTP attempt, reported through `onCall` for the bridge's log. Carries no header and no body: the Api-Key and
 * Client-Id cannot leak through it, and Ozon's messages are redacted before they get here.
 */
export interface CallRecord {
  readonly operation: string;
  readonly path: string;
  /** Clock time (ms) the attempt was sent. */
  readonly startedAt: number;
  readonly durationMs: number;
  /** HTTP status; 0 when no answer came back. */
  readonly status: number;
  /** 1-based attempt number of this call. */
  readonly attempt: number;
  /**
   * Transport failure without an answer: `timeout`, `connection-dropped`, `not-sent`, `malformed-response`; or
   * `redirect-refused`, an answer that pointed elsewhere and was not followed.
   */
  readonly failure?: string | undefined;
  readonly ozonCode?: number | string | undefined;
  readonly ozonMessage?: string | undefined;
  /** Per-item errors of a 200 answer (first ones only) and how many there were. */
  readonly itemErrors?: readonly ItemErrorSummary[] | undefined;
  readonly itemErrorCount?: number | undefined;
  /** What happens next: the retry decision's reason and wait, when the attempt failed. */
  readonly retry?: { readonly again: boolean; readonly reason: string; readonly waitMs: number } | undefined;
}

const MAX_ITEM_ERRORS_KEPT = 20;

/**
 * Collects `errors[]` entries of `{code, message}` objects anywhere in a parsed answer. Generic on purpose: every
 * batch write reports per-item failures this way, and a new one is logged without extra code.
 */
export function findItemErrors(value: unknown, found: ItemErrorSummary[] = []): ItemErrorSummary[] {
  if (Array.isArray(value)) {
    for (const entry of value) {
      findItemErrors(entry, found);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'errors' && Array.isArray(child)) {
        for (const entry of child) {
          if (typeof entry === 'object' && entry !== null && 'code' in entry) {
            const message = 'message' in entry && typeof entry.message === 'string' ? entry.message : '';
            found.push({ code: String(entry.code), message });
          }
        }
      } else {
        findItemErrors(child, found);
      }
    }
  }
  return found;
}

/** The `itemErrors` part of a record, or nothing when the answer had none. */
export function itemErrorFields(
  parsed: unknown,
  redact: (text: string) => string,
): Pick<CallRecord, 'itemErrors' | 'itemErrorCount'> {
  const all = findItemErrors(parsed);
  if (all.length === 0) {
    return {};
  }
  const kept = all.slice(0, MAX_ITEM_ERRORS_KEPT).map((e) => ({ code: e.code, message: redact(e.message) }));
  return { itemErrors: kept, itemErrorCount: all.length };
}
