import type { EmulatorState, PostingRecord } from '../state/types';
import type { Handler } from './types';

interface Move {
  from: (p: PostingRecord) => boolean;
  status: string;
  substatus: string;
}

const moves = {
  delivering: {
    from: (p) => p.status === 'awaiting_deliver',
    status: 'delivering',
    substatus: 'posting_transferred_to_courier_service',
  },
  lastMile: {
    from: (p) => p.status === 'delivering' && p.substatus !== 'posting_in_courier_service',
    status: 'delivering',
    substatus: 'posting_in_courier_service',
  },
  delivered: { from: (p) => p.status === 'delivering', status: 'delivered', substatus: 'posting_delivered' },
} satisfies Record<string, Move>;

/** Only postings the seller delivers without an integrated service may be moved by the seller. */
function blocker(posting: PostingRecord | undefined): string | undefined {
  if (!posting) {
    return 'POSTING_NOT_FOUND';
  }
  if (posting.scheme !== 'rfbs' || posting.tplIntegrationType !== 'non_integrated') {
    return 'HAS_INCORRECT_TPL_INTEGRATION_TYPE';
  }
  return undefined;
}

/** Per-posting result; the change itself lands after `statusDelayMs` (Ozon applies it asynchronously). */
function move(state: EmulatorState, numbers: string[], m: Move, now: number) {
  return {
    result: numbers.map((number) => {
      const posting = state.postings.get(number);
      const error =
        blocker(posting) ??
        (posting && (posting.pending || !m.from(posting)) ? 'TRANSITION_IS_NOT_POSSIBLE' : undefined);
      if (error === undefined && posting) {
        posting.pending = { at: now + state.config.statusDelayMs, status: m.status, substatus: m.substatus };
      }
      // `error` is a string in the schema but `[]` in Ozon's examples; the emulator sends the schema's form.
      return { posting_number: number, result: error === undefined, error: error ?? '' };
    }),
  };
}

/** POST /v2/fbs/posting/delivering (PostingAPI_FbsPostingDelivering). */
const rfbsDelivering: Handler<'rfbsDelivering'> = (body, { state, now }) =>
  move(state, body.posting_number, moves.delivering, now);
/** POST /v2/fbs/posting/last-mile (PostingAPI_FbsPostingLastMile). */
const rfbsLastMile: Handler<'rfbsLastMile'> = (body, { state, now }) =>
  move(state, body.posting_number, moves.lastMile, now);
/** POST /v2/fbs/posting/delivered (PostingAPI_FbsPostingDelivered). */
const rfbsDelivered: Handler<'rfbsDelivered'> = (body, { state, now }) =>
  move(state, body.posting_number, moves.delivered, now);

/** POST /v2/fbs/posting/tracking-number/set (PostingAPI_FbsPostingTrackingNumberSet): applied at once. */
const rfbsTrackingNumberSet: Handler<'rfbsTrackingNumberSet'> = (body, { state }) => ({
  result: body.tracking_numbers.map(({ posting_number, tracking_number }) => {
    const posting = state.postings.get(posting_number);
    let error = blocker(posting);
    if (error === undefined && posting && !['awaiting_deliver', 'delivering'].includes(posting.status)) {
      error = 'TRANSITION_IS_NOT_POSSIBLE';
    }
    if (error === undefined && posting) {
      posting.trackingNumber = tracking_number;
    }
    return { posting_number, result: error === undefined, error: error ?? '' };
  }),
});

export const rfbsHandlers = { rfbsDelivering, rfbsLastMile, rfbsDelivered, rfbsTrackingNumberSet };
