/** Mapping page: built against the mapping helper's routes (catalog-mapping*). */
export function MappingPage() {
  return null;
}
