/** Ozon's documented maxima per request (items per call, or `limit` of a page). */
export const OZON_BATCH_MAX = {
  productImport: 100,
  stockPairs: 100,
  prices: 1_000,
  productInfoList: 1_000,
  productList: 1_000,
  productAttributes: 1_000,
  infoStocks: 1_000,
  infoPrices: 1_000,
  stocksByWarehouse: 1_000,
  archive: 100,
  unarchive: 100,
  productsDelete: 500,
  attributeValues: 2_000,
  warehouseList: 200,
  postingList: 100,
  trackingNumbers: 20,
  awaitingDelivery: 100,
} as const;

/** Splits `items` into consecutive batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(Number.isInteger(size) && size >= 1)) {
    throw new RangeError(`batch size must be a positive integer, got ${size}`);
  }
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    batches.push(items.slice(start, start + size));
  }
  return batches;
}
