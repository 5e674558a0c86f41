import { z } from 'zod';
import { list, protoMessage } from './common';

/*
 * rFBS status changes for postings the seller delivers (tpl_integration_type `non_integrated`). All four are
 * asynchronous: a `result: true` item means accepted; confirm with /v3/posting/fbs/get.
 */

/** `error` is a string in the schema and `[]` in Ozon's examples; both read as text ("" = none). */
const moveError = z
  .union([z.string(), z.array(z.unknown())])
  .nullish()
  .transform((v) => (typeof v === 'string' ? v : (v ?? []).map(String).join('; ')));

export const moveStatusResponse = z.looseObject({
  result: list(
    z.looseObject({
      posting_number: z.string(),
      result: z.boolean(),
      error: moveError,
    }),
  ),
});
export type MoveStatusResponse = z.infer<typeof moveStatusResponse>;

/** POST /v2/fbs/posting/delivering (PostingAPI_FbsPostingDelivering): handed to the courier. */
export const rfbsDeliveringRequest = protoMessage('FbsPostingDeliveringRequest', {
  posting_number: z.array(z.string().min(1)).min(1),
});
export type RfbsDeliveringRequest = z.infer<typeof rfbsDeliveringRequest>;
export const rfbsDeliveringResponse = moveStatusResponse;

/** POST /v2/fbs/posting/last-mile (PostingAPI_FbsPostingLastMile): courier on the way to the customer. */
export const rfbsLastMileRequest = protoMessage('FbsPostingLastMileRequest', {
  posting_number: z.array(z.string().min(1)).min(1),
});
export type RfbsLastMileRequest = z.infer<typeof rfbsLastMileRequest>;
export const rfbsLastMileResponse = moveStatusResponse;

/** POST /v2/fbs/posting/delivered (PostingAPI_FbsPostingDelivered): delivered to the customer. */
export const rfbsDeliveredRequest = protoMessage('FbsPostingDeliveredRequest', {
  posting_number: z.array(z.string().min(1)).min(1),
});
export type RfbsDeliveredRequest = z.infer<typeof rfbsDeliveredRequest>;
export const rfbsDeliveredResponse = moveStatusResponse;

const trackingNumber = protoMessage('FbsPostingTrackingNumberSetRequest_TrackingNumber', {
  posting_number: z.string().min(1),
  tracking_number: z.string().min(1),
});

/** POST /v2/fbs/posting/tracking-number/set (PostingAPI_FbsPostingTrackingNumberSet): ≤ 20 pairs. */
export const rfbsTrackingNumberSetRequest = protoMessage('FbsPostingTrackingNumberSetRequest', {
  tracking_numbers: z.array(trackingNumber).min(1).max(20),
});
export type RfbsTrackingNumberSetRequest = z.infer<typeof rfbsTrackingNumberSetRequest>;
export const rfbsTrackingNumberSetResponse = moveStatusResponse;
