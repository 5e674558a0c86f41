import { isDeepStrictEqual } from 'node:util';
import type { ImportItem } from '../../../src/ozon/schemas';
import { type CardIndex, indexCards } from './card-aspects';
import { rollQuota } from './create-state';
import { type ImportErrorWire, validateImportItem } from './import-validation';
import type { EmulatorState, ImportOutcome, ImportTask, ProductRecord } from './types';

/** Registers an import task; its items are judged once the clock passes `createdAt + taskPendingMs`. */
export function createImportTask(state: EmulatorState, items: ImportItem[], now: number): ImportTask {
  state.ids.task += 1;
  const task: ImportTask = { taskId: state.ids.task, createdAt: now, items, outcomes: undefined };
  state.tasks.set(task.taskId, task);
  return task;
}

function quotaError(kind: 'create' | 'update'): ImportErrorWire {
  const message = `Daily ${kind} limit exceeded: see /v4/product/info/limit`;
  return {
    code: 'item_limit_exceeded',
    field: '',
    message,
    description: message,
    level: 'error',
    state: 'new',
    attribute_id: 0,
    attribute_name: '',
  };
}

function newProduct(state: EmulatorState, item: ImportItem, offerId: string, now: number): ProductRecord {
  state.ids.product += 1;
  state.ids.sku += 7;
  return {
    productId: state.ids.product,
    sku: state.ids.sku,
    offerId,
    item,
    createdAt: now,
    updatedAt: now,
    moderatedAt: now + state.config.moderationMs,
    archived: false,
    price: initialPrice(state, item),
    priceUpdates: [],
  };
}

/** The price a new product starts with: what its import item says, Ozon's defaults for the rest. */
export function initialPrice(state: EmulatorState, item: ImportItem): ProductRecord['price'] {
  return {
    price: item.price,
    oldPrice: item.old_price ?? '0',
    minPrice: '0',
    netPrice: '0',
    currency: item.currency_code ?? state.config.currency,
    vat: item.vat ?? '0',
    autoActionEnabled: false,
  };
}

function judge(state: EmulatorState, item: ImportItem, now: number, cards: CardIndex): ImportOutcome {
  const offerId = item.offer_id ?? '';
  const existing = state.products.get(offerId);
  const errors = validateImportItem(state.config.catalogue, state.config.currency, item);
  if (errors.length > 0) {
    return { offerId, productId: existing?.productId ?? 0, status: 'failed', errors };
  }
  if (existing && isDeepStrictEqual(existing.item, item)) {
    return { offerId, productId: existing.productId, status: 'skipped', errors: [] };
  }
  const twin = cards.conflict(item);
  if (twin) {
    return { offerId, productId: existing?.productId ?? 0, status: 'failed', errors: [twin] };
  }
  rollQuota(state, now);
  const quota = state.quota;
  if (existing) {
    if (quota.dailyUpdateLimit >= 0 && quota.dailyUpdateUsage >= quota.dailyUpdateLimit) {
      return { offerId, productId: existing.productId, status: 'failed', errors: [quotaError('update')] };
    }
    quota.dailyUpdateUsage += 1;
    cards.accept(offerId, item, existing.item);
    existing.item = item;
    existing.updatedAt = now;
    existing.price = {
      ...existing.price,
      price: item.price,
      oldPrice: item.old_price ?? '0',
      vat: item.vat ?? existing.price.vat,
    };
    return { offerId, productId: existing.productId, status: 'imported', errors: [] };
  }
  const overTotal = quota.totalLimit >= 0 && state.products.size >= quota.totalLimit;
  if (overTotal || (quota.dailyCreateLimit >= 0 && quota.dailyCreateUsage >= quota.dailyCreateLimit)) {
    return { offerId, productId: 0, status: 'failed', errors: [quotaError('create')] };
  }
  quota.dailyCreateUsage += 1;
  cards.accept(offerId, item, undefined);
  const product = newProduct(state, item, offerId, now);
  state.products.set(offerId, product);
  state.productsById.set(product.productId, product);
  return { offerId, productId: product.productId, status: 'imported', errors: [] };
}

/**
 * Judges every task whose pending time is over, oldest first, so that later tasks see earlier ones' products
 * (a second identical import is `skipped`).
 */
export function settleImportTasks(state: EmulatorState, now: number): void {
  let cards: CardIndex | undefined;
  for (const task of state.tasks.values()) {
    if (task.outcomes === undefined && now >= task.createdAt + state.config.taskPendingMs) {
      const at = task.createdAt + state.config.taskPendingMs;
      cards ??= indexCards(state.config.catalogue, state.products.values());
      const index = cards;
      task.outcomes = task.items.map((item) => judge(state, item, at, index));
    }
  }
}

/** What /v1/product/import/info reports for a task at `now`. */
export function taskOutcomes(task: ImportTask): ImportOutcome[] {
  return (
    task.outcomes ??
    task.items.map((item) => ({
      offerId: item.offer_id ?? '',
      productId: 0,
      status: 'pending' as const,
      errors: [],
    }))
  );
}
