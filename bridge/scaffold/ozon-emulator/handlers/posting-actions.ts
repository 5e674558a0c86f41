import { invalidArgument } from '../errors';
import { cancelReasons } from '../seed/cancel-reasons';
import { requirePosting, setPostingStatus } from '../state/postings';
import type { EmulatorState, PostingRecord } from '../state/types';
import type { Handler } from './types';

const shipped = ['awaiting_deliver', 'delivering', 'delivered', 'driver_pickup', 'not_accepted'];

function checkShippable(posting: PostingRecord): void {
  if (posting.status === 'cancelled') {
    throw invalidArgument('POSTING_ALREADY_CANCELLED');
  }
  if (shipped.includes(posting.status) || posting.pending !== undefined) {
    throw invalidArgument('POSTING_ALREADY_SHIPPED');
  }
  if (posting.status !== 'awaiting_packaging') {
    throw invalidArgument('HAS_INCORRECT_STATUS');
  }
}

/** Splits off every package after the first into its own posting (…-2, …-3), as Ozon does. */
function split(
  state: EmulatorState,
  posting: PostingRecord,
  packages: { sku: number; quantity: number }[][],
): PostingRecord[] {
  const result = [posting];
  const [first, ...rest] = packages;
  const pick = (pkg: { sku: number; quantity: number }[]) =>
    pkg.flatMap(({ sku, quantity }) => {
      const line = posting.products.find((p) => p.sku === sku);
      return line ? [{ ...line, quantity }] : [];
    });
  const siblings = [...state.postings.values()].filter((p) => p.orderNumber === posting.orderNumber).length;
  rest.forEach((pkg, i) => {
    const number = `${posting.orderNumber}-${siblings + i + 1}`;
    const child: PostingRecord = {
      ...posting,
      postingNumber: number,
      parentPostingNumber: posting.postingNumber,
      products: pick(pkg),
    };
    state.postings.set(number, child);
    result.push(child);
  });
  posting.products = pick(first ?? []);
  return result;
}

/**
 * POST /v4/posting/fbs/ship (PostingAPI_ShipFbsPostingV4): answers at once; the posting reaches
 * `awaiting_deliver` after `shipDelayMs` of clock time, or ends in substatus `ship_failed` if injected.
 */
const postingFbsShip: Handler<'postingFbsShip'> = (body, { state, now }) => {
  const posting = requirePosting(state, body.posting_number);
  checkShippable(posting);
  const packages = body.packages.map((pkg) =>
    pkg.products.map((p) => ({ sku: Number(p.product_id), quantity: p.quantity })),
  );
  const sent = new Map<number, number>();
  for (const line of packages.flat()) {
    if (!posting.products.some((p) => p.sku === line.sku)) {
      throw invalidArgument('UNKNOWN_PRODUCT_DEFINED');
    }
    sent.set(line.sku, (sent.get(line.sku) ?? 0) + line.quantity);
  }
  if (posting.products.some((p) => sent.get(p.sku) !== p.quantity)) {
    throw invalidArgument('HAS_INCORRECT_PRODUCT_QUANTITY');
  }
  const fail = posting.failNextShip;
  posting.failNextShip = false;
  const parts = split(state, posting, packages);
  for (const part of parts) {
    part.pending = fail
      ? { at: now + state.config.shipDelayMs, status: 'awaiting_packaging', substatus: 'ship_failed' }
      : {
          at: now + state.config.shipDelayMs,
          status: 'awaiting_deliver',
          substatus: 'posting_transferring_to_delivery',
        };
  }
  return {
    result: parts.map((p) => p.postingNumber),
    additional_data: body.with?.additional_data
      ? parts.map((p) => ({
          posting_number: p.postingNumber,
          products: p.products.map((l) => ({
            sku: l.sku,
            offer_id: l.offerId,
            name: l.name,
            price: l.price,
            currency_code: l.currency,
            quantity: l.quantity,
            mandatory_mark: [],
          })),
        }))
      : [],
  };
};

function reasonsFor(posting: PostingRecord) {
  const conditionallyDelivered = posting.substatus === 'posting_conditionally_delivered';
  return cancelReasons.filter(
    (r) =>
      !conditionallyDelivered &&
      r.allowedIn.includes(posting.status) &&
      !(posting.scheme === 'fbs' && posting.status === 'delivering'),
  );
}

/** POST /v2/posting/fbs/cancel (PostingAPI_CancelFbsPosting): releases the reserved stock. */
const postingFbsCancel: Handler<'postingFbsCancel'> = (body, { state, now }) => {
  const posting = requirePosting(state, body.posting_number);
  if (posting.status === 'cancelled') {
    throw invalidArgument('POSTING_ALREADY_CANCELLED');
  }
  if (posting.status === 'delivered' || posting.substatus === 'posting_conditionally_delivered') {
    throw invalidArgument("TRANSITION_IS_NOT_POSSIBLE: you can't cancel presumably delivered orders");
  }
  const reason = reasonsFor(posting).find((r) => r.id === Number(body.cancel_reason_id));
  if (!reason) {
    throw invalidArgument('HAS_INCORRECT_CANCEL_REASON');
  }
  if (reason.needsMessage && !body.cancel_reason_message?.trim()) {
    throw invalidArgument('cancel_reason_message is required for cancel_reason_id 402');
  }
  const afterShip = posting.status !== 'awaiting_packaging';
  posting.cancellation = {
    reasonId: reason.id,
    reason: body.cancel_reason_message || reason.title,
    afterShip,
  };
  setPostingStatus(state, posting, 'cancelled', 'posting_canceled', now);
  return { result: true };
};

/** POST /v2/posting/fbs/cancel-reason/list (PostingAPI_GetPostingFbsCancelReasonList). */
const postingFbsCancelReasonList: Handler<'postingFbsCancelReasonList'> = () => ({
  result: cancelReasons.map((r) => ({
    id: r.id,
    title: r.title,
    type_id: r.typeId,
    is_available_for_cancellation: r.allowedIn.length > 0,
  })),
});

/** POST /v1/posting/fbs/cancel-reason (PostingAPI_GetPostingFbsCancelReasonV1): reasons allowed now, per posting. */
const postingFbsCancelReason: Handler<'postingFbsCancelReason'> = (body, { state }) => ({
  result: body.related_posting_numbers.map((number) => {
    const posting = state.postings.get(number);
    return {
      posting_number: number,
      reasons: (posting ? reasonsFor(posting) : []).map((r) => ({
        id: r.id,
        title: r.title,
        type_id: r.typeId,
      })),
    };
  }),
});

export const postingActionHandlers = {
  postingFbsShip,
  postingFbsCancel,
  postingFbsCancelReasonList,
  postingFbsCancelReason,
};
