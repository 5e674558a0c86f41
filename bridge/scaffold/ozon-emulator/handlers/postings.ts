import { invalidArgument } from '../errors';
import { requirePosting } from '../state/postings';
import type { EmulatorState, PostingRecord } from '../state/types';
import { postingV3Detail, postingV4 } from '../views/posting-view';
import { decodeToken, page } from './paging';
import type { Handler } from './types';

const YEAR_MS = 366 * 86_400_000;

function window(from: string | undefined, to: string | undefined): [number, number] | undefined {
  return from !== undefined && to !== undefined ? [Date.parse(from), Date.parse(to)] : undefined;
}

function inWindow(value: number | undefined, w: [number, number] | undefined): boolean {
  return w === undefined || (value !== undefined && value >= w[0] && value <= w[1]);
}

interface CommonFilter {
  statuses?: string[] | undefined;
  warehouse_ids?: (string | number)[] | undefined;
  last_changed_status_date?: { from?: string | undefined; to?: string | undefined } | undefined;
}

function matchesCommon(p: PostingRecord, f: CommonFilter): boolean {
  const statusWindow = window(f.last_changed_status_date?.from, f.last_changed_status_date?.to);
  return (
    (!f.statuses?.length || f.statuses.includes(p.status)) &&
    (!f.warehouse_ids?.length || f.warehouse_ids.map(Number).includes(p.warehouseId)) &&
    inWindow(p.statusChangedAt, statusWindow)
  );
}

function sorted(
  state: EmulatorState,
  keep: (p: PostingRecord) => boolean,
  dir: string | undefined,
): PostingRecord[] {
  const list = [...state.postings.values()].filter(keep);
  list.sort((a, b) => a.inProcessAt - b.inProcessAt || a.postingNumber.localeCompare(b.postingNumber));
  return dir === 'DESC' ? list.reverse() : list;
}

/*
 * Both v4 lists answer in ONE form: wrapped in `result`, as Ozon's own v4 example and the integrators who call
 * v4 report, with the schema's field names (status, offer_id, price {amount, currency}) and int64 ids as strings.
 * The client's schema reads the wrapped and the top-level form alike.
 */

/** POST /v4/posting/fbs/list (PostingFbsList): postings that entered processing within since..to (≤ 1 year). */
const postingFbsList: Handler<'postingFbsList'> = (body, { state }) => {
  const f = body.filter;
  const since = Date.parse(f.since);
  const to = Date.parse(f.to);
  if (to < since) {
    throw invalidArgument('filter.to must not be before filter.since');
  }
  if (to - since > YEAR_MS) {
    throw invalidArgument('PERIOD_IS_TOO_LONG');
  }
  const orderNumbers = f.order_numbers?.length ? new Set(f.order_numbers) : undefined;
  const all = sorted(
    state,
    (p) =>
      p.inProcessAt >= since &&
      p.inProcessAt <= to &&
      matchesCommon(p, f) &&
      (f.order_id === undefined || Number(f.order_id) === p.orderId) &&
      (orderNumbers === undefined || orderNumbers.has(p.orderNumber)),
    body.sort_dir,
  );
  const { items, next } = page(all, decodeToken(body.cursor, 'PostingFbsListRequest.Cursor'), body.limit);
  return { result: { postings: items.map((p) => postingV4(state, p)), cursor: next, has_next: next !== '' } };
};

const unfulfilledStatuses = [
  'awaiting_registration',
  'acceptance_in_progress',
  'awaiting_approve',
  'awaiting_packaging',
  'awaiting_deliver',
];

/**
 * POST /v4/posting/fbs/unfulfilled/list (PostingFbsUnfulfilledList): needs a cutoff window (shipment_date) or a
 * delivering-date window, not both.
 */
const postingFbsUnfulfilledList: Handler<'postingFbsUnfulfilledList'> = (body, { state }) => {
  const f = body.filter;
  const cutoff = window(f.cutoff_from, f.cutoff_to);
  const delivering = window(f.delivering_date_from, f.delivering_date_to);
  if (cutoff === undefined && delivering === undefined) {
    throw invalidArgument('either filter.cutoff or filter.delivering_date must be specified');
  }
  if (cutoff !== undefined && delivering !== undefined) {
    throw invalidArgument('the mismatch between cutoff & delivery date: pass only one of them');
  }
  const all = sorted(
    state,
    (p) =>
      unfulfilledStatuses.includes(p.status) &&
      matchesCommon(p, f) &&
      inWindow(p.shipmentDate, cutoff) &&
      inWindow(p.deliveringDate ?? p.shipmentDate, delivering),
    body.sort_dir,
  );
  const { items, next } = page(
    all,
    decodeToken(body.cursor, 'PostingFbsUnfulfilledListRequest.Cursor'),
    body.limit,
  );
  return {
    result: {
      postings: items.map((p) => postingV4(state, p)),
      cursor: next,
      has_next: next !== '',
      count: all.length,
    },
  };
};

/** POST /v3/posting/fbs/get (PostingAPI_GetFbsPostingV3): the rFBS customer with a proxy phone, FBS null. */
const postingFbsGet: Handler<'postingFbsGet'> = (body, { state }) => ({
  result: postingV3Detail(state, requirePosting(state, body.posting_number)),
});

export const postingHandlers = { postingFbsList, postingFbsUnfulfilledList, postingFbsGet };
