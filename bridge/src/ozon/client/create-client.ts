import { accountMethods } from './methods/account';
import { categoryMethods } from './methods/categories';
import { postingMethods } from './methods/postings';
import { priceMethods } from './methods/prices';
import { productMethods } from './methods/products';
import { rfbsMethods } from './methods/rfbs';
import { stockMethods } from './methods/stocks';
import { warehouseMethods } from './methods/warehouses';
import type { OzonClientOptions } from './options';
import { createTransport } from './transport';

/**
 * A typed Ozon Seller API client for one Client-Id: one method per operation, grouped by domain, every answer
 * parsed by the operation's schema, limits and retries applied, every attempt reported through `onCall`.
 */
export function createOzonClient(options: OzonClientOptions) {
  const transport = createTransport(options);
  return {
    products: productMethods(transport),
    categories: categoryMethods(transport),
    warehouses: warehouseMethods(transport),
    stocks: stockMethods(transport),
    prices: priceMethods(transport),
    postings: postingMethods(transport),
    rfbs: rfbsMethods(transport),
    account: accountMethods(transport),
    /** The limiters this client uses; hand them to another client of the same Client-Id to share the budget. */
    limiters: transport.limiters,
  };
}

export type OzonClient = ReturnType<typeof createOzonClient>;
