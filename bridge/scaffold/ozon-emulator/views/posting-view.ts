import type { EmulatorState, PostingRecord } from '../state/types';

/** What the seller may do with a posting now, in Ozon's `available_actions` words. */
export function availableActions(posting: PostingRecord): string[] {
  const nonIntegrated = posting.scheme === 'rfbs' && posting.tplIntegrationType === 'non_integrated';
  const actions: string[] = [];
  if (posting.scheme === 'rfbs') {
    actions.push('customer_phone_available');
  }
  if (posting.status === 'awaiting_packaging') {
    actions.push('cancel', 'product_cancel');
    if (posting.pending) {
      actions.push('ship_async_in_process');
    } else {
      actions.push('ship', posting.substatus === 'ship_failed' ? 'ship_async_retry' : 'ship_async');
    }
  } else if (posting.status === 'awaiting_deliver') {
    actions.push('cancel', 'label_download');
    if (nonIntegrated) {
      actions.push('set_track_number', 'non_int_delivering');
    }
  } else if (posting.status === 'delivering' && nonIntegrated) {
    actions.push('cancel', 'set_track_number', 'non_int_delivered');
    if (posting.substatus !== 'posting_in_courier_service') {
      actions.push('non_int_last_mile');
    }
  }
  return actions;
}

function iso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}

/** Common fields; `id` renders a 64-bit id the way the method's generation of Ozon's gateway does. */
function base(state: EmulatorState, posting: PostingRecord, id: (n: number) => number | string) {
  const warehouse = state.warehouses.find((w) => w.warehouseId === posting.warehouseId);
  const cancellation = posting.cancellation;
  return {
    posting_number: posting.postingNumber,
    order_id: id(posting.orderId),
    order_number: posting.orderNumber,
    status: posting.status,
    substatus: posting.substatus,
    delivery_method: {
      id: id(posting.warehouseId),
      name:
        posting.scheme === 'rfbs' ? 'Доставка продавцом' : `Ozon самостоятельно, ${warehouse?.name ?? ''}`,
      warehouse_id: id(posting.warehouseId),
      warehouse: warehouse?.name ?? '',
      tpl_provider_id: id(posting.scheme === 'rfbs' ? 0 : 24),
      tpl_provider: posting.scheme === 'rfbs' ? '' : 'Ozon Логистика',
    },
    delivery_schema: posting.scheme === 'rfbs' ? 'rfbs' : 'fbs',
    tracking_number: posting.trackingNumber,
    tpl_integration_type: posting.tplIntegrationType,
    in_process_at: iso(posting.inProcessAt),
    shipment_date: iso(posting.shipmentDate),
    delivering_date: iso(posting.deliveringDate),
    cancellation: {
      cancel_reason_id: id(cancellation?.reasonId ?? 0),
      cancel_reason: cancellation?.reason ?? '',
      cancellation_type: cancellation ? 'seller' : '',
      cancelled_after_ship: cancellation?.afterShip ?? false,
      affect_cancellation_rating: cancellation !== undefined,
      cancellation_initiator: cancellation ? 'Продавец' : '',
    },
    available_actions: availableActions(posting),
    parent_posting_number: posting.parentPostingNumber,
    is_express: false,
    is_multibox: false,
    multi_box_qty: 1,
  };
}

function customer(posting: PostingRecord, id: (n: number) => number | string, withPhone: boolean) {
  const c = posting.customer;
  if (!c) {
    return { customer: null, addressee: null };
  }
  // Lists always give "" for phones; only /v3/posting/fbs/get carries the proxy number.
  const phone = withPhone ? c.phone : '';
  return {
    customer: {
      customer_id: id(c.customerId),
      name: c.name,
      phone,
      customer_email: c.email,
      address: {
        address_tail: c.addressTail,
        city: c.city,
        region: c.region,
        district: '',
        country: 'Россия',
        zip_code: c.zipCode,
        comment: '',
        latitude: 0,
        longitude: 0,
        pvz_code: 0,
        provider_pvz_code: '',
      },
    },
    addressee: { name: c.name, phone },
  };
}

/**
 * A posting in the v4 list answer. Ids are strings (the v4 gateway encodes int64 as JSON strings, as Ozon's v4
 * example shows) and a product's price is `{amount, currency}` (the schema's form, also what integrators report).
 */
export function postingV4(state: EmulatorState, posting: PostingRecord) {
  return {
    ...base(state, posting, String),
    ...customer(posting, String, false),
    products: posting.products.map((p) => ({
      sku: String(p.sku),
      offer_id: p.offerId,
      name: p.name,
      quantity: p.quantity,
      price: { amount: p.price, currency: p.currency },
      imei: [],
      is_blr_traceable: false,
      is_marketplace_buyout: false,
    })),
  };
}

/** A posting in /v3/posting/fbs/get: numeric ids, price as a "1530.0000"-style string with currency_code. */
export function postingV3Detail(state: EmulatorState, posting: PostingRecord) {
  return {
    ...base(state, posting, (n) => n),
    ...customer(posting, (n) => n, true),
    previous_substatus: posting.previousSubstatus,
    products: posting.products.map((p) => ({
      sku: p.sku,
      offer_id: p.offerId,
      name: p.name,
      quantity: p.quantity,
      price: Number(p.price).toFixed(4),
      currency_code: p.currency,
      mandatory_mark: [],
    })),
  };
}
