import { chunk, OZON_BATCH_MAX } from '../../limits';
import type { OzonRequest, OzonResponse } from '../../schemas';
import { runBatches } from '../batch-runner';
import { OzonOutcomeUnknownError } from '../errors';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';
import { type PostingTarget, postingTargets } from './posting-targets';

export type MoveResult = OzonResponse<'rfbsDelivering'>['result'][number] & {
  /** True when the call's outcome was unknown and a re-read showed the posting already moved. */
  readonly verifiedByRecheck?: boolean;
};
export type TrackingNumberInput = OzonRequest<'rfbsTrackingNumberSet'>['tracking_numbers'][number];

/** Per-posting results; `failed` are those Ozon refused (`result: false` with its `error` text). */
export interface MoveOutcome {
  readonly results: readonly MoveResult[];
  readonly failed: readonly MoveResult[];
}

type Signal = Pick<CallOptions, 'signal'>;
type MoveSpec = typeof ops.rfbsDelivering | typeof ops.rfbsLastMile | typeof ops.rfbsDelivered;

const MAX_ROUNDS = 3;

function outcome(results: MoveResult[]): MoveOutcome {
  return { results, failed: results.filter((r) => !r.result) };
}

/**
 * Sends one rFBS status move for several postings. On an unknown outcome each posting is re-read with
 * /v3/posting/fbs/get: those already moved count as done, those still in the source state are resent, any other
 * state is reported as a failed item with the state it is in.
 */
async function move(
  t: OzonTransport,
  spec: MoveSpec,
  target: PostingTarget,
  numbers: readonly string[],
  options: Signal,
) {
  const results: MoveResult[] = [];
  let pending = [...numbers];
  for (let round = 1; pending.length > 0; round += 1) {
    try {
      const answer = await t.call(
        spec,
        { posting_number: pending },
        { ...options, recheckKeys: { postingNumbers: pending } },
      );
      return outcome([...results, ...answer.result]);
    } catch (error) {
      if (!(error instanceof OzonOutcomeUnknownError) || round >= MAX_ROUNDS) {
        throw error;
      }
    }
    const resend: string[] = [];
    for (const postingNumber of pending) {
      const { result: posting } = await t.call(ops.postingFbsGet, { posting_number: postingNumber }, options);
      const verdict = target(posting);
      if (verdict === 'done') {
        results.push({ posting_number: postingNumber, result: true, error: '', verifiedByRecheck: true });
      } else if (verdict === 'stuck') {
        const error = `outcome unknown; posting is now ${posting.status}/${posting.substatus}`;
        results.push({ posting_number: postingNumber, result: false, error });
      } else {
        resend.push(postingNumber);
      }
    }
    pending = resend;
  }
  return outcome(results);
}

/** rFBS postings the seller delivers (`tpl_integration_type` non_integrated). */
export function rfbsMethods(t: OzonTransport) {
  return {
    /** POST /v2/fbs/posting/delivering (PostingAPI_FbsPostingDelivering): handed to the courier. */
    delivering: (numbers: readonly string[], options: Signal = {}) =>
      move(t, ops.rfbsDelivering, postingTargets.delivering, numbers, options),

    /** POST /v2/fbs/posting/last-mile (PostingAPI_FbsPostingLastMile): courier on the way to the customer. */
    lastMile: (numbers: readonly string[], options: Signal = {}) =>
      move(t, ops.rfbsLastMile, postingTargets.lastMile, numbers, options),

    /** POST /v2/fbs/posting/delivered (PostingAPI_FbsPostingDelivered): delivered. */
    delivered: (numbers: readonly string[], options: Signal = {}) =>
      move(t, ops.rfbsDelivered, postingTargets.delivered, numbers, options),

    /** POST /v2/fbs/posting/tracking-number/set (PostingAPI_FbsPostingTrackingNumberSet): 20 pairs a request. */
    async setTrackingNumbers(
      pairs: readonly TrackingNumberInput[],
      options: Signal = {},
    ): Promise<MoveOutcome> {
      const batches = chunk(pairs, OZON_BATCH_MAX.trackingNumbers);
      const results = await runBatches(ops.rfbsTrackingNumberSet.name, batches, 1, async (batch) => {
        return (await t.call(ops.rfbsTrackingNumberSet, { tracking_numbers: [...batch] }, options)).result;
      });
      return outcome(results);
    },
  };
}
