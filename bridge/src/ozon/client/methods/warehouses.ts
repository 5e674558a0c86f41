import { OZON_BATCH_MAX } from '../../limits';
import { collect, type Page, pagesByCursor } from '../../paging';
import type { OzonResponse } from '../../schemas';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';

export type Warehouse = OzonResponse<'warehouseList'>['warehouses'][number];

type Signal = Pick<CallOptions, 'signal'>;

/** The seller's FBS/rFBS warehouses. */
export function warehouseMethods(t: OzonTransport) {
  /** POST /v2/warehouse/list (WarehouseListV2): cursor pages of up to 200. */
  const pages = (options: Signal & { limit?: number } = {}): AsyncGenerator<Page<Warehouse, string>> => {
    const limit = options.limit ?? OZON_BATCH_MAX.warehouseList;
    return pagesByCursor(async (cursor) => {
      const answer = await t.call(ops.warehouseList, { cursor, limit }, options);
      return { items: answer.warehouses, cursor: answer.cursor, hasNext: answer.has_next };
    });
  };
  return {
    pages,
    /** Every warehouse (a seller has a handful). */
    list: (options: Signal = {}): Promise<Warehouse[]> => collect(pages(options)),
  };
}
