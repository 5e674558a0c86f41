// drizzle-kit input: ONLY the bridge's own tables, under the placeholder prefix `oc_` that the migrator rewrites.
// OpenCart's tables must never appear here, or drizzle-kit would emit CREATE TABLE for them.
import { createOwnTables } from '../src/db/own/index';

export const {
  settings,
  syncLog,
  jobs,
  storeEvents,
  ozonCategories,
  ozonAttributes,
  ozonDictionaries,
  ozonDictionaryValues,
  mappingCategories,
  mappingProducts,
  mappingAttributes,
  mappingDictionaryChoices,
  productState,
  importTasks,
  exportRuns,
  requestNonces,
  dryRunUnits,
  productFingerprints,
  offerStocks,
  offerPrices,
} = createOwnTables('oc_');
