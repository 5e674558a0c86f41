import type { OzonResponse } from '../../schemas';

export type Posting = OzonResponse<'postingFbsGet'>['result'];

/**
 * What a re-read posting says about a state change whose outcome was unknown:
 * done = already in the target state (success, nothing resent); resend = still in the source state, safe to
 * send again; wait = Ozon is still processing an earlier send; stuck = some other state, leave it to a human.
 */
export type Verdict = 'done' | 'resend' | 'wait' | 'stuck';

export type PostingTarget = (posting: Posting) => Verdict;

/**
 * Clock time to let Ozon apply an asynchronous state change before reading the posting back after an unknown
 * outcome: ship and the rFBS moves land some time after their 200.
 */
export const RECHECK_SETTLE_MS = 2_000;

const SHIPPED = new Set(['awaiting_deliver', 'delivering', 'driver_pickup', 'delivered', 'sent_by_seller']);
// Substatuses of a posting on the last mile (rFBS "courier on the way"). Not
// `posting_transferred_to_courier_service`: that is where "delivering" leaves it, before the last mile.
const LAST_MILE = new Set([
  'posting_in_courier_service',
  'posting_on_way_to_pickup_point',
  'posting_in_pickup_point',
  'posting_conditionally_delivered',
]);

/** Target state per state change, as seen through /v3/posting/fbs/get. */
export const postingTargets = {
  /** Packed: `awaiting_deliver` or later. Ship is asynchronous: `ship_async_in_process` means wait, not resend. */
  ship: (p) => {
    if (SHIPPED.has(p.status)) {
      return 'done';
    }
    if (p.status !== 'awaiting_packaging') {
      return 'stuck';
    }
    return p.available_actions.includes('ship_async_in_process') ? 'wait' : 'resend';
  },
  cancel: (p) => (p.status === 'cancelled' ? 'done' : p.status === 'delivered' ? 'stuck' : 'resend'),
  delivering: (p) =>
    p.status === 'delivering' || p.status === 'delivered'
      ? 'done'
      : p.status === 'awaiting_deliver'
        ? 'resend'
        : 'stuck',
  lastMile: (p) => {
    if (p.status === 'delivered' || (p.status === 'delivering' && LAST_MILE.has(p.substatus))) {
      return 'done';
    }
    return p.status === 'delivering' ? 'resend' : 'stuck';
  },
  delivered: (p) => (p.status === 'delivered' ? 'done' : p.status === 'delivering' ? 'resend' : 'stuck'),
} satisfies Record<string, PostingTarget>;
