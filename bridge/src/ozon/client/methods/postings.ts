import { OZON_BATCH_MAX } from '../../limits';
import { type Page, pagesByCursor } from '../../paging';
import type { OzonRequest, OzonResponse } from '../../schemas';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';
import { type Posting, postingTargets } from './posting-targets';
import { sendWithRecheck } from './recheck';

export type PostingListFilter = OzonRequest<'postingFbsList'>['filter'];
export type UnfulfilledFilter = OzonRequest<'postingFbsUnfulfilledList'>['filter'];
export type PostingWith = NonNullable<OzonRequest<'postingFbsList'>['with']>;
export type PostingGetWith = NonNullable<OzonRequest<'postingFbsGet'>['with']>;
export type ShipPackage = OzonRequest<'postingFbsShip'>['packages'][number];
export type CancelReason = OzonResponse<'postingFbsCancelReasonList'>['result'][number];
export type PostingCancelReasons = OzonResponse<'postingFbsCancelReason'>['result'][number];
export type { Posting };

/** Answer of a state change; `verifiedByRecheck` when the outcome was unknown and a re-read showed it applied. */
export type ShipOutcome = OzonResponse<'postingFbsShip'> & { readonly verifiedByRecheck: boolean };

/** `cancelled: false` is Ozon's own answer `{result: false}`, returned as data. */
export interface CancelOutcome {
  readonly cancelled: boolean;
  readonly verifiedByRecheck: boolean;
}

export interface CancelRequest {
  readonly postingNumber: string;
  readonly reasonId: string | number;
  /** Required by Ozon for reason 402 ("other"). */
  readonly message?: string | undefined;
}

interface ListOptions extends Pick<CallOptions, 'signal'> {
  readonly limit?: number;
  readonly with?: PostingWith;
  readonly sortDir?: 'ASC' | 'DESC';
}

type Signal = Pick<CallOptions, 'signal'>;

function listExtras(options: ListOptions) {
  return {
    limit: options.limit ?? OZON_BATCH_MAX.postingList,
    ...(options.with === undefined ? {} : { with: options.with }),
    ...(options.sortDir === undefined ? {} : { sort_dir: options.sortDir }),
  };
}

/** FBS/rFBS postings: reads, pack and cancel. */
export function postingMethods(t: OzonTransport) {
  return {
    /** POST /v4/posting/fbs/list (PostingFbsList): postings of a period (≤ 1 year), cursor pages of up to 100. */
    listPages(filter: PostingListFilter, options: ListOptions = {}): AsyncGenerator<Page<Posting, string>> {
      return pagesByCursor(async (cursor) => {
        const answer = await t.call(ops.postingFbsList, { filter, cursor, ...listExtras(options) }, options);
        return { items: answer.postings, cursor: answer.cursor, hasNext: answer.has_next };
      });
    },

    /**
     * POST /v4/posting/fbs/unfulfilled/list (PostingFbsUnfulfilledList): postings to process; the filter needs a
     * cutoff window or a delivering-date window. Cursor pages of up to 100.
     */
    unfulfilledPages(
      filter: UnfulfilledFilter,
      options: ListOptions = {},
    ): AsyncGenerator<Page<Posting, string>> {
      return pagesByCursor(async (cursor) => {
        const answer = await t.call(
          ops.postingFbsUnfulfilledList,
          { filter, cursor, ...listExtras(options) },
          options,
        );
        return { items: answer.postings, cursor: answer.cursor, hasNext: answer.has_next };
      });
    },

    /** POST /v3/posting/fbs/get (PostingAPI_GetFbsPostingV3): one posting; rFBS customers carry a proxy phone. */
    async get(postingNumber: string, options: Signal & { with?: PostingGetWith } = {}): Promise<Posting> {
      const body = {
        posting_number: postingNumber,
        ...(options.with === undefined ? {} : { with: options.with }),
      };
      return (await t.call(ops.postingFbsGet, body, options)).result;
    },

    /**
     * POST /v4/posting/fbs/ship (PostingAPI_ShipFbsPostingV4): pack a posting (several packages split it).
     * On an unknown outcome the posting is re-read first and only resent while still awaiting packaging.
     * A 200 does not mean packed yet: Ozon packs asynchronously (substatus `ship_failed` means send again).
     */
    async ship(
      postingNumber: string,
      packages: readonly ShipPackage[],
      options: Signal = {},
    ): Promise<ShipOutcome> {
      const recheckKeys = { postingNumbers: [postingNumber] };
      const body = { posting_number: postingNumber, packages: [...packages] };
      const send = () => t.call(ops.postingFbsShip, body, { ...options, recheckKeys });
      const settled = await sendWithRecheck(t, postingNumber, postingTargets.ship, send, options.signal);
      return settled.via === 'answer'
        ? { ...settled.answer, verifiedByRecheck: false }
        : { result: [postingNumber], additional_data: [], verifiedByRecheck: true };
    },

    /**
     * POST /v2/posting/fbs/cancel (PostingAPI_CancelFbsPosting). On an unknown outcome the posting is re-read:
     * already `cancelled` is success without resending.
     */
    async cancel(request: CancelRequest, options: Signal = {}): Promise<CancelOutcome> {
      const body = {
        posting_number: request.postingNumber,
        cancel_reason_id: request.reasonId,
        ...(request.message === undefined ? {} : { cancel_reason_message: request.message }),
      };
      const recheckKeys = { postingNumbers: [request.postingNumber] };
      const send = () => t.call(ops.postingFbsCancel, body, { ...options, recheckKeys });
      const settled = await sendWithRecheck(
        t,
        request.postingNumber,
        postingTargets.cancel,
        send,
        options.signal,
      );
      return settled.via === 'answer'
        ? { cancelled: settled.answer.result, verifiedByRecheck: false }
        : { cancelled: true, verifiedByRecheck: true };
    },

    /** POST /v2/posting/fbs/cancel-reason/list (PostingAPI_GetPostingFbsCancelReasonList): every reason. */
    async cancelReasons(options: Signal = {}): Promise<CancelReason[]> {
      return (await t.call(ops.postingFbsCancelReasonList, {}, options)).result;
    },

    /** POST /v1/posting/fbs/cancel-reason (PostingAPI_GetPostingFbsCancelReasonV1): reasons allowed per posting. */
    async cancelReasonsFor(
      postingNumbers: readonly string[],
      options: Signal = {},
    ): Promise<PostingCancelReasons[]> {
      const body = { related_posting_numbers: [...postingNumbers] };
      return (await t.call(ops.postingFbsCancelReason, body, options)).result;
    },
  };
}
