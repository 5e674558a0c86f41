import { decodeToken, page } from './paging';
import type { Handler } from './types';

const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/** POST /v2/warehouse/list (WarehouseListV2): cursor paging, optional id filter. */
const warehouseList: Handler<'warehouseList'> = (body, { state }) => {
  const wanted = body.warehouse_ids?.length ? new Set(body.warehouse_ids.map(Number)) : undefined;
  const all = state.warehouses.filter((w) => wanted === undefined || wanted.has(w.warehouseId));
  const { items, next } = page(all, decodeToken(body.cursor, 'WarehouseListV2Request.Cursor'), body.limit);
  return {
    warehouses: items.map((w) => ({
      warehouse_id: w.warehouseId,
      name: w.name,
      status: w.status,
      is_rfbs: w.isRfbs,
      is_kgt: w.isKgt,
      is_express: w.isExpress,
      is_economy: false,
      is_comfort: false,
      is_auto_assembly: false,
      is_waybill_enabled: false,
      has_entrusted_acceptance: false,
      has_postings_limit: false,
      postings_limit: -1,
      min_postings_limit: 0,
      first_mile: { type: w.firstMileType, first_mile_is_changing: false },
      working_days: weekdays,
      address_info: { address: w.address, latitude: 55.75, longitude: 37.62, utc: 'UTC+03:00' },
      warehouse_type: w.isRfbs ? 'RFBS' : 'FBS',
      created_at: '2025-03-11T11:57:51.811Z',
      updated_at: '2025-03-11T11:57:51.811Z',
    })),
    cursor: next,
    has_next: next !== '',
  };
};

export const warehouseHandlers = { warehouseList };
