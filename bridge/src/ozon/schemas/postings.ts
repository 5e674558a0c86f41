import { z } from 'zod';
import { countOut, dateTime, flagOut, idList, int64, list, protoMessage, textOut } from './common';
import { posting } from './posting-model';

/*
 * FBS/rFBS posting reads. Business rules that Ozon answers with its own texts (period ≤ 1 year, unfulfilled
 * list needs a cutoff or a delivering-date window but not both) are checked by the emulator's handlers.
 */

const listWith = protoMessage('PostingFbsListRequest_With', {
  analytics_data: z.boolean().optional(),
  barcodes: z.boolean().optional(),
  financial_data: z.boolean().optional(),
  legal_info: z.boolean().optional(),
});

const statusDateWindow = protoMessage('PostingFbsListRequest_Filter_LastChangedStatusDate', {
  from: dateTime.optional(),
  to: dateTime.optional(),
});

const sortDir = z.enum(['ASC', 'DESC']);

const fbsListFilter = protoMessage('PostingFbsListRequest_Filter', {
  delivery_method_ids: idList.max(1000).optional(),
  is_blr_traceable: z.boolean().optional(),
  last_changed_status_date: statusDateWindow.optional(),
  order_id: int64.optional(),
  order_numbers: z.array(z.string()).max(100).optional(),
  provider_ids: idList.max(1000).optional(),
  since: dateTime,
  statuses: z.array(z.string()).optional(),
  to: dateTime,
  warehouse_ids: idList.max(1000).optional(),
});

/** POST /v4/posting/fbs/list (PostingFbsList): postings in a period (≤ 1 year), cursor paging, limit 1–100. */
export const postingFbsListRequest = protoMessage('PostingFbsListRequest', {
  cursor: z.string().optional(),
  filter: fbsListFilter,
  limit: z.int().min(1).max(100),
  sort_dir: sortDir.optional(),
  translit: z.boolean().optional(),
  with: listWith.optional(),
});
export type PostingFbsListRequest = z.infer<typeof postingFbsListRequest>;

function unwrapResult(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'result' in value) {
    const inner = (value as { result: unknown }).result;
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
      return inner;
    }
  }
  return value;
}

/**
 * The v4 list answer, normalised. Ozon's schema puts `postings/cursor/has_next` at the top level, its example
 * and integrators' reports wrap them in `result`; both are accepted and read into the top-level shape.
 */
export const postingFbsListResponse = z.preprocess(
  unwrapResult,
  z.looseObject({
    postings: list(posting),
    cursor: textOut,
    has_next: flagOut,
  }),
);
export type PostingFbsListResponse = z.infer<typeof postingFbsListResponse>;

const unfulfilledFilter = protoMessage('PostingFbsUnfulfilledListRequest_Filter', {
  cutoff_from: dateTime.optional(),
  cutoff_to: dateTime.optional(),
  delivering_date_from: dateTime.optional(),
  delivering_date_to: dateTime.optional(),
  delivery_method_ids: idList.max(1000).optional(),
  last_changed_status_date: statusDateWindow.optional(),
  provider_ids: idList.max(1000).optional(),
  statuses: z.array(z.string()).optional(),
  warehouse_ids: idList.max(1000).optional(),
});

/**
 * POST /v4/posting/fbs/unfulfilled/list (PostingFbsUnfulfilledList): postings still to be processed; the filter
 * needs either `cutoff_from/cutoff_to` or `delivering_date_from/delivering_date_to`.
 */
export const postingFbsUnfulfilledListRequest = protoMessage('PostingFbsUnfulfilledListRequest', {
  cursor: z.string().optional(),
  filter: unfulfilledFilter,
  limit: z.int().min(1).max(100),
  sort_dir: sortDir.optional(),
  translit: z.boolean().optional(),
  with: listWith.optional(),
});
export type PostingFbsUnfulfilledListRequest = z.infer<typeof postingFbsUnfulfilledListRequest>;

export const postingFbsUnfulfilledListResponse = z.preprocess(
  unwrapResult,
  z.looseObject({
    postings: list(posting),
    cursor: textOut,
    has_next: flagOut,
    count: countOut.nullish().transform((v) => v ?? 0),
  }),
);
export type PostingFbsUnfulfilledListResponse = z.infer<typeof postingFbsUnfulfilledListResponse>;

/** POST /v3/posting/fbs/get (PostingAPI_GetFbsPostingV3): one posting, with the rFBS customer's proxy phone. */
export const postingFbsGetRequest = protoMessage('GetFbsPostingRequest', {
  posting_number: z.string().min(1),
  with: protoMessage('FbsPostingWithParamsExamplars', {
    analytics_data: z.boolean().optional(),
    barcodes: z.boolean().optional(),
    financial_data: z.boolean().optional(),
    legal_info: z.boolean().optional(),
    product_exemplars: z.boolean().optional(),
    related_postings: z.boolean().optional(),
    translit: z.boolean().optional(),
  }).optional(),
});
export type PostingFbsGetRequest = z.infer<typeof postingFbsGetRequest>;

export const postingFbsGetResponse = z.looseObject({ result: posting });
export type PostingFbsGetResponse = z.infer<typeof postingFbsGetResponse>;
