import type { CreatePostingInput } from '../control/inputs';
import { OzonApiError } from '../errors';
import { findBySku, findProduct } from './create-state';
import { stockOf } from './stocks';
import type { CustomerRecord, EmulatorState, PostingRecord } from './types';

const DAY_MS = 86_400_000;

function defaultWarehouse(state: EmulatorState, scheme: 'fbs' | 'rfbs'): number {
  const found = state.warehouses.find((w) => w.status === 'created' && w.isRfbs === (scheme === 'rfbs'));
  if (!found) {
    throw new Error(`no active ${scheme} warehouse to create a posting in`);
  }
  return found.warehouseId;
}

function defaultCustomer(state: EmulatorState, given: CreatePostingInput['customer']): CustomerRecord {
  return {
    customerId: given?.customerId ?? 40_000_000 + state.ids.order,
    name: given?.name ?? 'Иванова Мария Петровна',
    // A proxy number: Ozon never shows a customer's real phone.
    phone: given?.phone ?? `+7 900 ${String(state.ids.order % 10_000_000).padStart(7, '0')}`,
    email: given?.email ?? '',
    city: given?.city ?? 'Казань',
    region: given?.region ?? 'Республика Татарстан',
    addressTail: given?.addressTail ?? 'ул. Баумана, д. 12, кв. 5',
    zipCode: given?.zipCode ?? '420111',
  };
}

/**
 * Creates a posting in `awaiting_packaging` (order number NNNNNNNNNN-NNNN, posting number …-1) and reserves
 * its products' stock in the posting's warehouse.
 */
export function createPosting(state: EmulatorState, input: CreatePostingInput, now: number): PostingRecord {
  const scheme = input.scheme ?? 'fbs';
  const warehouseId = input.warehouseId ?? defaultWarehouse(state, scheme);
  state.ids.order += 1;
  const orderNumber = `${String(state.ids.order).padStart(10, '0')}-${String((state.ids.order % 9000) + 1000)}`;
  const products = input.products.map((p) => {
    const product =
      p.offerId !== undefined ? findProduct(state, p.offerId, undefined) : findBySku(state, p.sku ?? 0);
    if (!product) {
      throw new Error(`posting product ${p.offerId ?? p.sku} is not in the emulator's catalogue`);
    }
    return {
      sku: product.sku,
      offerId: product.offerId,
      name: product.item.name ?? product.offerId,
      quantity: p.quantity,
      price: p.price ?? product.price.price,
      currency: product.price.currency,
    };
  });
  const inProcessAt = input.inProcessAt ?? now;
  const posting: PostingRecord = {
    postingNumber: `${orderNumber}-1`,
    orderId: 33_301_885_000 + state.ids.order,
    orderNumber,
    scheme,
    tplIntegrationType: input.tplIntegrationType ?? (scheme === 'rfbs' ? 'non_integrated' : 'ozon'),
    warehouseId,
    status: 'awaiting_packaging',
    substatus: 'posting_created',
    previousSubstatus: '',
    inProcessAt,
    shipmentDate: input.shipmentDate ?? inProcessAt + DAY_MS,
    deliveringDate: undefined,
    statusChangedAt: now,
    products,
    customer: scheme === 'rfbs' ? defaultCustomer(state, input.customer) : undefined,
    trackingNumber: '',
    parentPostingNumber: '',
    cancellation: undefined,
    pending: undefined,
    failNextShip: false,
    stockEffect: 'reserved',
  };
  for (const p of products) {
    const product = findBySku(state, p.sku);
    if (product) {
      stockOf(state, product.productId, warehouseId).reserved += p.quantity;
    }
  }
  state.postings.set(posting.postingNumber, posting);
  return posting;
}

function moveStock(state: EmulatorState, posting: PostingRecord, effect: 'released' | 'consumed'): void {
  if (posting.stockEffect !== 'reserved') {
    return;
  }
  for (const p of posting.products) {
    const product = findBySku(state, p.sku);
    if (product) {
      const record = stockOf(state, product.productId, posting.warehouseId);
      record.reserved = Math.max(0, record.reserved - p.quantity);
      if (effect === 'consumed') {
        record.present = Math.max(0, record.present - p.quantity);
      }
    }
  }
  posting.stockEffect = effect;
}

/** Sets a posting's status now, with its stock effect (cancel releases the reserve, leaving consumes it). */
export function setPostingStatus(
  state: EmulatorState,
  posting: PostingRecord,
  status: string,
  substatus: string,
  now: number,
): void {
  posting.previousSubstatus = posting.substatus;
  posting.status = status;
  posting.substatus = substatus;
  posting.statusChangedAt = now;
  posting.pending = undefined;
  if (status === 'cancelled') {
    moveStock(state, posting, 'released');
  } else if (status === 'delivering' || status === 'delivered') {
    moveStock(state, posting, 'consumed');
    posting.deliveringDate ??= now;
  }
}

/** Applies every asynchronous status change whose time has come. */
export function settlePostings(state: EmulatorState, now: number): void {
  for (const posting of state.postings.values()) {
    const pending = posting.pending;
    if (pending && now >= pending.at) {
      setPostingStatus(state, posting, pending.status, pending.substatus, pending.at);
    }
  }
}

/** The posting or Ozon's POSTING_NOT_FOUND. */
export function requirePosting(state: EmulatorState, postingNumber: string): PostingRecord {
  const posting = state.postings.get(postingNumber);
  if (!posting) {
    throw new OzonApiError(404, 5, 'POSTING_NOT_FOUND');
  }
  return posting;
}
