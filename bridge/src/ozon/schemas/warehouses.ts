import { z } from 'zod';
import { flagOut, idList, idOut, list, opt, protoMessage, textOut } from './common';

/**
 * POST /v2/warehouse/list (WarehouseListV2): the seller's FBS/rFBS warehouses, cursor paging. Replaces
 * /v1/warehouse/list (switched off 2026-04-07). The document writes `maximum: 200` on the `warehouse_ids` array;
 * it means at most 200 ids.
 */
export const warehouseListRequest = protoMessage('WarehouseListV2Request', {
  cursor: z.string().optional(),
  limit: z.int().min(1).max(200),
  warehouse_ids: idList.max(200).optional(),
});
export type WarehouseListRequest = z.infer<typeof warehouseListRequest>;

/** `has_next` is a boolean, but the documented example sends the placeholder "string". */
const looseFlag = z
  .union([z.boolean(), z.string()])
  .nullish()
  .transform((v) => v === true || v === 'true');

/** Status: `new`, `created` (active), `disabled`, `blocked`, `disabled_due_to_limit`, `error`. */
export const warehouse = z.looseObject({
  warehouse_id: idOut,
  name: textOut,
  status: textOut,
  is_rfbs: flagOut,
  is_kgt: flagOut,
  is_express: flagOut,
  is_economy: flagOut,
  is_auto_assembly: flagOut,
  has_entrusted_acceptance: flagOut,
  first_mile: opt(z.looseObject({ type: textOut })),
  working_days: list(z.string()),
  address_info: opt(z.looseObject({ address: textOut, utc: textOut })),
  postings_limit: opt(z.number()),
  warehouse_type: textOut,
  created_at: textOut,
  updated_at: textOut,
});
export type Warehouse = z.infer<typeof warehouse>;

export const warehouseListResponse = z.looseObject({
  warehouses: list(warehouse),
  cursor: textOut,
  has_next: looseFlag,
});
export type WarehouseListResponse = z.infer<typeof warehouseListResponse>;
