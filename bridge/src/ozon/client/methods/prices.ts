import { chunk, OZON_BATCH_MAX } from '../../limits';
import { type Page, pagesByCursor } from '../../paging';
import type { OzonRequest, OzonResponse } from '../../schemas';
import { runBatches } from '../batch-runner';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';

export type PriceUpdateInput = OzonRequest<'pricesImport'>['prices'][number];
export type PriceUpdateResult = OzonResponse<'pricesImport'>['result'][number];
export type ProductPrices = OzonResponse<'productInfoPrices'>['items'][number];
export type ProductPricesFilter = OzonRequest<'productInfoPrices'>['filter'];

/** Every item's result; `failed` are those Ozon refused (old-price rule, 10 updates an hour, ...). */
export interface PriceUpdateOutcome {
  readonly results: readonly PriceUpdateResult[];
  readonly failed: readonly PriceUpdateResult[];
}

type Signal = Pick<CallOptions, 'signal'>;

/** Prices: written as strings, read back as numbers (v5). */
export function priceMethods(t: OzonTransport) {
  return {
    /**
     * POST /v1/product/import/prices (ProductAPI_ImportProductsPrices): any number of items, 1000 a request.
     * Per-item refusals come back in `failed`; a whole failed request raises OzonBatchError.
     */
    async update(prices: readonly PriceUpdateInput[], options: Signal = {}): Promise<PriceUpdateOutcome> {
      const batches = chunk(prices, OZON_BATCH_MAX.prices);
      const results = await runBatches(ops.pricesImport.name, batches, 2, async (batch) => {
        const answer = await t.call(ops.pricesImport, { prices: [...batch] }, options);
        return answer.result;
      });
      return { results, failed: results.filter((r) => !r.updated || r.errors.length > 0) };
    },

    /** POST /v5/product/info/prices (ProductAPI_GetProductInfoPrices): cursor pages of up to 1000. */
    infoPages(
      filter: ProductPricesFilter = {},
      options: Signal & { limit?: number } = {},
    ): AsyncGenerator<Page<ProductPrices, string>> {
      const limit = options.limit ?? OZON_BATCH_MAX.infoPrices;
      return pagesByCursor(async (cursor) => {
        const answer = await t.call(ops.productInfoPrices, { filter, cursor, limit }, options);
        return { items: answer.items, cursor: answer.cursor };
      });
    },
  };
}
