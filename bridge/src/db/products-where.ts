/** A condition on `product_id` with its parameters. */
export interface ProductsWhere {
  readonly sql: string;
  readonly params: unknown[];
}

/**
 * Rows of these products: the id range of a keyset page (`contiguous`: cheaper to send and to run than a list
 * of hundreds of ids), else the listed ids. Undefined when there are none, so the caller asks nothing.
 */
export function productsWhere(productIds: readonly number[], contiguous: boolean): ProductsWhere | undefined {
  const first = productIds[0];
  const last = productIds.at(-1);
  if (first === undefined || last === undefined) {
    return undefined;
  }
  return contiguous
    ? { sql: 'product_id BETWEEN ? AND ?', params: [first, last] }
    : { sql: 'product_id IN (?)', params: [productIds] };
}
