import { and, eq } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import { seedWarehouses } from '../../bridge/scaffold/ozon-emulator';
import type { StockSettingsInput } from '../../bridge/src/contract/offers';
import type { StoreEvent } from '../../bridge/src/contract/store-events';
import { createOfferWorker, type OfferWorker } from '../../bridge/src/offers/offer-worker';
import type { OfferDeps } from '../../bridge/src/offers/shared/offer-deps';
import { readOfferSettings, saveOfferSettings } from '../../bridge/src/settings/offer-settings';
import type { Clock } from '../../bridge/src/shared/clock';
import { createEventArrivals } from '../../bridge/src/store-events/arrivals';
import { queueStoreEvent } from '../../bridge/src/store-events/intake';
import {
  createExportFixture,
  type ExportFixture,
  type ExportFixtureOptions,
} from '../catalog/export-fixture';

const active = seedWarehouses.filter((w) => w.status === 'created');
/** The emulator's regular FBS warehouse, its rFBS one and its bulky (КГТ) one. */
export const FBS = String(active.find((w) => !w.isRfbs && !w.isKgt)?.warehouseId);
export const RFBS = String(active.find((w) => w.isRfbs && !w.isKgt)?.warehouseId);
export const BULKY = String(active.find((w) => w.isKgt)?.warehouseId);

export interface OffersFixture extends ExportFixture {
  readonly clock: Clock;
  readonly deps: OfferDeps;
  readonly worker: OfferWorker;
  /** Queues a store event as POST /api/v1/events does, waking the worker. */
  event(event: StoreEvent): Promise<void>;
  setStockRules(stock: StockSettingsInput): Promise<void>;
  /** The store's product quantity. */
  quantity(productId: number): Promise<number>;
  setQuantity(productId: number, quantity: number): Promise<void>;
  /** Free stock (present less reserved) Ozon holds of the offer at the warehouse, undefined when none. */
  ozonFree(offerId: string, warehouseId: string): number | undefined;
  /** Every stock value the emulator accepted for the pair, with when. */
  acceptedStocks(offerId: string, warehouseId: string): Array<{ at: number; stock: number }>;
  offerOf(productId: number, variantKey?: string): Promise<string>;
  /** Live units without variants, in product order. */
  livePlain(): Promise<Array<{ productId: number; offerId: string }>>;
  close(): Promise<void>;
}

/**
 * A sample store exported to the emulator with every card live, and the offers worker running over it as the bridge
 * runs it (woken by each queued store event).
 */
export async function createOffersFixture(
  products: number,
  options: ExportFixtureOptions & {
    readonly clock: Clock;
    readonly exportAll?: boolean;
    /** Changes the store before the first export. */
    readonly prepare?: (fx: ExportFixture) => Promise<void>;
  },
): Promise<OffersFixture> {
  const fx = await createExportFixture(products, options);
  await options.prepare?.(fx);
  if (options.exportAll !== false) {
    await fx.run();
  }
  const clock = options.clock;
  const arrivals = createEventArrivals();
  const deps: OfferDeps = {
    store: fx.store,
    clock,
    ozon: fx.ozon,
    currency: 'RUB',
    log: async () => {},
  };
  const worker = createOfferWorker({
    clock,
    deps: async () => deps,
    settings: () => readOfferSettings(fx.store),
    arrivals,
    onError: (message) => console.error(message),
  });
  worker.start();
  return {
    ...fx,
    clock,
    deps,
    worker,
    async event(event) {
      await queueStoreEvent(fx.store, event, new Date(clock.now()));
      arrivals.notify();
    },
    async setStockRules(stock) {
      await saveOfferSettings(fx.store, { stock }, new Date(clock.now()));
      worker.wake();
    },
    async quantity(productId) {
      const [[row]] = await fx.store.pool.query<Array<{ q: number } & RowDataPacket>>(
        `SELECT quantity AS q FROM \`${fx.store.prefix}product\` WHERE product_id = ?`,
        [productId],
      );
      return Number(row?.q);
    },
    async setQuantity(productId, quantity) {
      await fx.store.pool.query(
        `UPDATE \`${fx.store.prefix}product\` SET quantity = ? WHERE product_id = ?`,
        [quantity, productId],
      );
    },
    ozonFree(offerId, warehouseId) {
      const product = [...fx.emulator.state.products.values()].find((p) => p.offerId === offerId);
      const record = product
        ? fx.emulator.state.stocks.get(product.productId)?.get(Number(warehouseId))
        : undefined;
      return record ? record.present - record.reserved : undefined;
    },
    acceptedStocks(offerId, warehouseId) {
      return fx.emulator.control
        .requests({ path: '/v2/products/stocks' })
        .filter((r) => r.status === 200)
        .flatMap((r) =>
          (
            (r.body as { stocks: Array<{ offer_id?: string; stock: number; warehouse_id: string }> })
              .stocks ?? []
          )
            .filter((s) => s.offer_id === offerId && String(s.warehouse_id) === warehouseId)
            .map((s) => ({ at: r.at, stock: Number(s.stock) })),
        );
    },
    async offerOf(productId, variantKey = '') {
      const t = fx.store.own.productState;
      const rows = await fx.store.db.select().from(t).where(eq(t.productId, productId));
      const row = rows.find((r) => r.variantKey === variantKey);
      if (!row) {
        throw new Error(`product ${productId} has no unit ${variantKey}`);
      }
      return row.offerId;
    },
    async livePlain() {
      const t = fx.store.own.productState;
      return fx.store.db
        .select({ productId: t.productId, offerId: t.offerId })
        .from(t)
        .where(and(eq(t.state, 'live'), eq(t.variantKey, '')))
        .orderBy(t.productId);
    },
    async close() {
      await worker.stop();
    },
  };
}
