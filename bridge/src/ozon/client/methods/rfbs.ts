import { chunk, OZON_BATCH_MAX } from '../../limits';
import type { OzonRequest, OzonResponse } from '../../schemas';
import { runBatches } from '../batch-runner';
import { OzonOutcomeUnknownError } from '../errors';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';
import { type PostingTarget, postingTargets, RECHECK_SETTLE_MS } from './posting-targets';

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

/** Reads each posting back and sorts it by the target's verdict. */
async function sortByState(
  t: OzonTransport,
  target: PostingTarget,
  numbers: readonly string[],
  options: Signal,
) {
  const done: MoveResult[] = [];
  const stuck: MoveResult[] = [];
  const resend: string[] = [];
  for (const postingNumber of numbers) {
    const { result: posting } = await t.call(ops.postingFbsGet, { posting_number: postingNumber }, options);
    const verdict = target(posting);
    if (verdict === 'done') {
      done.push({ posting_number: postingNumber, result: true, error: '', verifiedByRecheck: true });
    } else if (verdict === 'stuck') {
      const error = `outcome unknown; posting is now ${posting.status}/${posting.substatus}`;
      stuck.push({ posting_number: postingNumber, result: false, error });
    } else {
      resend.push(postingNumber);
    }
  }
  return { done, stuck, resend };
}

/**
 * Sends one rFBS status move for several postings. On an unknown outcome it lets Ozon settle, then reads each
 * posting back with /v3/posting/fbs/get: those already moved count as done, those in another state are failed
 * items, and only those still in the source state are resent. A refusal of a resent posting is looked at once
 * more, since the first send may have landed meanwhile.
 */
async function move(
  t: OzonTransport,
  spec: MoveSpec,
  target: PostingTarget,
  numbers: readonly string[],
  options: Signal,
) {
  const settled: MoveResult[] = [];
  let pending = [...numbers];
  let resent = false;
  for (let round = 1; pending.length > 0; round += 1) {
    try {
      const body = { posting_number: pending };
      const answer = await t.call(spec, body, { ...options, recheckKeys: { postingNumbers: pending } });
      if (!resent) {
        return outcome([...settled, ...answer.result]);
      }
      const refused = answer.result.filter((r) => !r.result).map((r) => r.posting_number);
      await t.clock.sleep(refused.length > 0 ? RECHECK_SETTLE_MS : 0, options.signal);
      const again = await sortByState(t, target, refused, options);
      const confirmed = new Set(again.done.map((r) => r.posting_number));
      const kept = answer.result.filter((r) => !confirmed.has(r.posting_number));
      return outcome([...settled, ...kept, ...again.done]);
    } catch (error) {
      if (!(error instanceof OzonOutcomeUnknownError) || round >= MAX_ROUNDS) {
        throw error;
      }
    }
    await t.clock.sleep(RECHECK_SETTLE_MS, options.signal);
    const sorted = await sortByState(t, target, pending, options);
    settled.push(...sorted.done, ...sorted.stuck);
    pending = sorted.resend;
    resent = true;
  }
  return outcome(settled);
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
