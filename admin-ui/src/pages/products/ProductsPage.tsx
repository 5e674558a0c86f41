/** Products page: built against the export helper's routes (catalog-products*, catalog-export*). */
export function ProductsPage() {
  return null;
}
