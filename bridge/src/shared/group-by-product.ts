/** Rows of many products, grouped by product id in the order they came. */
export function groupByProduct<T extends { readonly productId: number }>(
  rows: Iterable<T>,
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.productId);
    if (list) {
      list.push(row);
    } else {
      out.set(row.productId, [row]);
    }
  }
  return out;
}
