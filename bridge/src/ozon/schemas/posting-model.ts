import { z } from 'zod';
import { countOut, flagOut, idOut, list, moneyText, opt, textOut } from './common';

/*
 * One FBS/rFBS posting as the sync reads it, from the v4 lists and from /v3/posting/fbs/get. Ozon's v4 schema
 * and its own v4 example disagree on field names (status vs status_alias, offer_id vs product_offer_id, price
 * object vs string); both spellings are read into one shape here.
 */

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Renames the example's spellings to the schema's and flattens `price: {amount, currency}`. */
function normaliseProduct(raw: unknown): unknown {
  const p = record(raw);
  if (!p) {
    return raw;
  }
  const priceObject = record(p.price);
  return {
    ...p,
    offer_id: p.offer_id ?? p.product_offer_id,
    name: p.name ?? p.product_name,
    sku: p.sku ?? p.product_id,
    price: priceObject ? priceObject.amount : p.price,
    currency_code:
      (priceObject ? (priceObject.currency ?? priceObject.currency_code) : undefined) ??
      p.currency_code ??
      p.marketplace_seller_price_currency_code,
  };
}

export const postingProduct = z.preprocess(
  normaliseProduct,
  z.looseObject({
    sku: idOut,
    offer_id: textOut,
    name: textOut,
    quantity: countOut,
    /** Unit price as text ("1200.0000"), whichever form Ozon sent. */
    price: moneyText,
    currency_code: textOut,
  }),
);
export type PostingProduct = z.infer<typeof postingProduct>;

export const postingAddress = z.looseObject({
  address_tail: textOut,
  city: textOut,
  region: textOut,
  district: textOut,
  country: textOut,
  zip_code: textOut,
  comment: textOut,
  pvz_code: opt(idOut),
});

/** Present for rFBS only; FBS answers `null`. Phones are "" in lists and a proxy number in get. */
export const postingCustomer = z.looseObject({
  customer_id: opt(idOut),
  name: textOut,
  phone: textOut,
  customer_email: textOut,
  address: opt(postingAddress),
});

export const postingAddressee = z.looseObject({ name: textOut, phone: textOut });

export const postingCancellation = z.looseObject({
  cancel_reason_id: opt(idOut),
  cancel_reason: textOut,
  cancellation_type: textOut,
  cancellation_initiator: textOut,
  cancelled_after_ship: flagOut,
  affect_cancellation_rating: flagOut,
});

export const deliveryMethod = z.looseObject({
  id: opt(idOut),
  name: textOut,
  warehouse_id: opt(idOut),
  warehouse: textOut,
  tpl_provider_id: opt(idOut),
  tpl_provider: textOut,
});

function normalisePosting(raw: unknown): unknown {
  const p = record(raw);
  if (!p) {
    return raw;
  }
  return {
    ...p,
    status: p.status ?? p.status_alias,
    substatus: p.substatus ?? p.status_transcription,
    shipment_date: p.shipment_date ?? p.cutoff,
  };
}

export const posting = z.preprocess(
  normalisePosting,
  z.looseObject({
    posting_number: z.string(),
    order_id: idOut,
    order_number: z.string(),
    status: z.string(),
    substatus: textOut,
    in_process_at: textOut,
    shipment_date: textOut,
    delivering_date: textOut,
    tracking_number: textOut,
    tpl_integration_type: textOut,
    delivery_method: opt(deliveryMethod),
    products: list(postingProduct),
    customer: opt(postingCustomer),
    addressee: opt(postingAddressee),
    cancellation: opt(postingCancellation),
    available_actions: list(z.string()),
    parent_posting_number: textOut,
    is_express: flagOut,
    analytics_data: opt(z.looseObject({ region: textOut, city: textOut, is_legal: flagOut })),
    financial_data: opt(z.looseObject({ cluster_from: textOut, cluster_to: textOut })),
  }),
);
export type Posting = z.infer<typeof posting>;
