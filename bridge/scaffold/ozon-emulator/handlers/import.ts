import { notFound, OzonApiError } from '../errors';
import { createImportTask, taskOutcomes } from '../state/import-tasks';
import type { Handler } from './types';

/**
 * POST /v3/product/import (ProductAPI_ImportProductsV3): creates a task. Over the per-minute item-operation
 * limit Ozon answers 429 with `Item-Retry-After` (minutes) and `Item-Rate-Limit-Remaining`; the body follows the
 * Russian document's example, whose `code` is the string "RESOURCE_EXHAUSTED".
 */
const productImport: Handler<'productImport'> = (body, { state, now, clientId, limiters }) => {
  const decision = limiters.importItems.take(clientId, now, body.items.length);
  if (!decision.ok) {
    const seconds = Math.ceil(decision.retryAfterMs / 1000);
    throw new OzonApiError(
      429,
      'RESOURCE_EXHAUSTED',
      `You have reached operation items limits. Retry after ${seconds} seconds. Remaining ${decision.remaining} items`,
      {
        'Item-Retry-After': String(Math.ceil(decision.retryAfterMs / 60_000)),
        'Item-Rate-Limit-Remaining': String(decision.remaining),
      },
    );
  }
  const task = createImportTask(state, body.items, now);
  return { result: { task_id: task.taskId } };
};

/** POST /v1/product/import/info (ProductAPI_GetImportProductsInfo). */
const productImportInfo: Handler<'productImportInfo'> = (body, { state }) => {
  const task = state.tasks.get(Number(body.task_id));
  if (!task) {
    throw notFound('task not found');
  }
  const items = taskOutcomes(task).map((o) => ({
    offer_id: o.offerId,
    product_id: o.productId,
    status: o.status,
    errors: o.errors,
  }));
  return { result: { items, total: items.length } };
};

export const importHandlers = { productImport, productImportInfo };
