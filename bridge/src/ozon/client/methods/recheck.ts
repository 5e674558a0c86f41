import { backoffMs, defaultRetryPolicy } from '../../retry';
import { OzonOutcomeUnknownError } from '../errors';
import type { OzonTransport } from '../transport';
import { ops } from '../typed-operations';
import { type Posting, type PostingTarget, RECHECK_SETTLE_MS } from './posting-targets';

/** Re-reads and resends at most this many times before giving the unknown outcome back to the caller. */
const MAX_ROUNDS = 4;

/** A state change confirmed one way or the other. */
export type Settled<R> =
  | { readonly via: 'answer'; readonly answer: R }
  | { readonly via: 'recheck'; readonly posting: Posting };

/**
 * Sends a state change for one posting; when its outcome is unknown, reads the posting back with
 * /v3/posting/fbs/get (PostingAPI_GetFbsPostingV3) before anything else: already in the target state is success
 * without resending; still in the source state is resent; a posting still being processed is polled again.
 * Any other state, or running out of rounds, rethrows the OzonOutcomeUnknownError.
 */
export async function sendWithRecheck<R>(
  t: OzonTransport,
  postingNumber: string,
  target: PostingTarget,
  send: () => Promise<R>,
  signal?: AbortSignal,
): Promise<Settled<R>> {
  let unknown: OzonOutcomeUnknownError;
  try {
    return { via: 'answer', answer: await send() };
  } catch (error) {
    if (!(error instanceof OzonOutcomeUnknownError)) {
      throw error;
    }
    unknown = error;
  }
  await t.clock.sleep(RECHECK_SETTLE_MS, signal);
  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    const { result: posting } = await t.call(
      ops.postingFbsGet,
      { posting_number: postingNumber },
      { signal },
    );
    const verdict = target(posting);
    if (verdict === 'done') {
      return { via: 'recheck', posting };
    }
    if (verdict === 'stuck') {
      throw unknown;
    }
    if (verdict === 'wait') {
      await t.clock.sleep(backoffMs(round, defaultRetryPolicy), signal);
      continue;
    }
    try {
      return { via: 'answer', answer: await send() };
    } catch (error) {
      if (error instanceof OzonOutcomeUnknownError) {
        unknown = error;
        continue;
      }
      // A refusal such as POSTING_ALREADY_SHIPPED may mean the first send did land after all: look once more.
      const { result: after } = await t.call(
        ops.postingFbsGet,
        { posting_number: postingNumber },
        { signal },
      );
      if (target(after) === 'done') {
        return { via: 'recheck', posting: after };
      }
      throw error;
    }
  }
  throw unknown;
}
