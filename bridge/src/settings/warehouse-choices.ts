import type { WarehouseChoices } from '../contract/settings';
import type { OzonClient } from '../ozon/client';

/** The seller's Ozon warehouses (POST /v2/warehouse/list), for the default warehouse choice. */
export async function warehouseChoices(client: OzonClient, signal: AbortSignal): Promise<WarehouseChoices> {
  const warehouses = await client.warehouses.list({ signal });
  return {
    items: warehouses.map((w) => ({ id: w.warehouse_id, name: w.name, status: w.status, bulky: w.is_kgt })),
  };
}
