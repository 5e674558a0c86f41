import { z } from 'zod';
import { countOut, flagOut, idOut, list, moneyText, positiveId, protoMessage, textOut } from './common';

/*
 * Posting state changes from the seller's side: pack (ship), cancel, and the reasons Ozon allows.
 */

const shipProduct = protoMessage('FbsPostingShipV4Request_Package_Product', {
  /** The SKU, despite the name (in posting contexts Ozon's `product_id` means SKU). */
  product_id: positiveId,
  quantity: z.int().min(1),
});

const shipPackage = protoMessage('FbsPostingShipV4Request_Package', {
  products: z.array(shipProduct).min(1),
});

/**
 * POST /v4/posting/fbs/ship (PostingAPI_ShipFbsPostingV4): pack a posting; several packages split it.
 * 200 does not mean packed: check /v3/posting/fbs/get (substatus `ship_failed` means repeat).
 */
export const postingFbsShipRequest = protoMessage('FbsPostingShipV4Request', {
  packages: z.array(shipPackage).min(1),
  posting_number: z.string().min(1),
  with: protoMessage('FbsPostingShipV4Request_With', { additional_data: z.boolean().optional() }).optional(),
});
export type PostingFbsShipRequest = z.infer<typeof postingFbsShipRequest>;

export const postingFbsShipResponse = z.looseObject({
  result: list(z.string()),
  additional_data: list(
    z.looseObject({
      posting_number: z.string(),
      products: list(
        z.looseObject({
          sku: idOut,
          offer_id: textOut,
          name: textOut,
          price: moneyText,
          currency_code: textOut,
          quantity: countOut,
        }),
      ),
    }),
  ),
});
export type PostingFbsShipResponse = z.infer<typeof postingFbsShipResponse>;

/**
 * POST /v2/posting/fbs/cancel (PostingAPI_CancelFbsPosting). Reason 402 ("other") needs `cancel_reason_message`.
 */
export const postingFbsCancelRequest = protoMessage('CancelFbsPostingRequest', {
  cancel_reason_id: positiveId,
  cancel_reason_message: z.string().optional(),
  posting_number: z.string().min(1),
});
export type PostingFbsCancelRequest = z.infer<typeof postingFbsCancelRequest>;

export const postingFbsCancelResponse = z.looseObject({ result: z.boolean() });
export type PostingFbsCancelResponse = z.infer<typeof postingFbsCancelResponse>;

/** POST /v2/posting/fbs/cancel-reason/list (PostingAPI_GetPostingFbsCancelReasonList): all reasons; takes `{}`. */
export const postingFbsCancelReasonListRequest = protoMessage('CancelReasonListRequest', {});
export type PostingFbsCancelReasonListRequest = z.infer<typeof postingFbsCancelReasonListRequest>;

export const cancelReason = z.looseObject({
  id: idOut,
  title: textOut,
  /** `buyer` or `seller`. */
  type_id: textOut,
  is_available_for_cancellation: flagOut,
});
export type CancelReason = z.infer<typeof cancelReason>;

export const postingFbsCancelReasonListResponse = z.looseObject({ result: list(cancelReason) });
export type PostingFbsCancelReasonListResponse = z.infer<typeof postingFbsCancelReasonListResponse>;

/** POST /v1/posting/fbs/cancel-reason (PostingAPI_GetPostingFbsCancelReasonV1): reasons allowed per posting. */
export const postingFbsCancelReasonRequest = protoMessage('CancelReasonRequest', {
  related_posting_numbers: z.array(z.string().min(1)).min(1),
});
export type PostingFbsCancelReasonRequest = z.infer<typeof postingFbsCancelReasonRequest>;

export const postingFbsCancelReasonResponse = z.looseObject({
  result: list(
    z.looseObject({
      posting_number: z.string(),
      reasons: list(z.looseObject({ id: idOut, title: textOut, type_id: textOut })),
    }),
  ),
});
export type PostingFbsCancelReasonResponse = z.infer<typeof postingFbsCancelReasonResponse>;
