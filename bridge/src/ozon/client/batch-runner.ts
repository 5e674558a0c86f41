import { OzonError } from './errors';

/** A batch that failed as a whole (the HTTP call failed), with the items that did not go. */
export interface RejectedBatch<I> {
  readonly items: readonly I[];
  readonly error: OzonError;
}

/**
 * Some batches of a split write failed as a whole. Carries what did go through and what did not, so a caller
 * can neither lose the successful results nor overlook the failed items.
 */
export class OzonBatchError<I, R> extends Error {
  override readonly name = 'OzonBatchError';

  constructor(
    readonly operation: string,
    readonly completed: readonly R[],
    readonly rejected: readonly RejectedBatch<I>[],
  ) {
    const first = rejected[0]?.error.message ?? '';
    super(
      `${rejected.length} batch(es) of ${operation} failed; ${completed.length} results came back. First: ${first}`,
    );
  }
}

/**
 * Sends `batches` through `send`, at most `concurrency` at a time (the limiters set the pace; concurrency only
 * hides latency), and returns the results in input order. After a batch fails, no new batch starts; if any
 * failed, throws OzonBatchError with everything that did come back.
 */
export async function runBatches<I, R>(
  operation: string,
  batches: readonly (readonly I[])[],
  concurrency: number,
  send: (batch: readonly I[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const results: (readonly R[] | undefined)[] = batches.map(() => undefined);
  const rejected: RejectedBatch<I>[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length && rejected.length === 0) {
      const index = next;
      next += 1;
      const batch = batches[index] ?? [];
      try {
        results[index] = await send(batch);
      } catch (error) {
        if (!(error instanceof OzonError)) {
          throw error;
        }
        rejected.push({ items: batch, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batches.length)) }, worker));
  const completed = results.flatMap((r) => r ?? []);
  // Batches never started after a failure are reported as rejected too, with the failure that stopped them.
  const stopper = rejected[0];
  if (stopper !== undefined) {
    batches.forEach((batch, index) => {
      if (results[index] === undefined && !rejected.some((r) => r.items === batch)) {
        rejected.push({ items: batch, error: stopper.error });
      }
    });
    throw new OzonBatchError(operation, completed, rejected);
  }
  return completed;
}
