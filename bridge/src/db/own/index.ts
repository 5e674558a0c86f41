import { mysqlTableCreator } from 'drizzle-orm/mysql-core';
import { dryRunUnitsTable } from './dry-run-units';
import { exportRunsTable } from './export-runs';
import { importTasksTable } from './import-tasks';
import { jobsTable } from './jobs';
import { mappingAttributesTable } from './mapping-attributes';
import { mappingCategoriesTable } from './mapping-categories';
import { mappingDictionaryChoicesTable } from './mapping-dictionary-choices';
import { mappingProductsTable } from './mapping-products';
import { offerPricesTable } from './offer-prices';
import { offerStocksTable } from './offer-stocks';
import { ozonAttributesTable } from './ozon-attributes';
import { ozonCategoriesTable } from './ozon-categories';
import { ozonDictionariesTable } from './ozon-dictionaries';
import { ozonDictionaryValuesTable } from './ozon-dictionary-values';
import { productFingerprintsTable } from './product-fingerprints';
import { productStateTable } from './product-state';
import { requestNoncesTable } from './request-nonces';
import { settingsTable } from './settings';
import { storeEventsTable } from './store-events';
import { syncLogTable } from './sync-log';

/** Every table the bridge owns starts with this, after the store's prefix. */
export const OWN_TABLE_INFIX = 'meschain_ozon_';

/**
 * The bridge's own tables under the store's prefix. Migrations are generated with the prefix `oc_` and the
 * migrator rewrites `oc_meschain_ozon_` to the real prefix when it applies them (see db/migrate.ts).
 */
export function createOwnTables(prefix: string) {
  const table = mysqlTableCreator((name) => `${prefix}${OWN_TABLE_INFIX}${name}`);
  return {
    settings: settingsTable(table),
    syncLog: syncLogTable(table),
    jobs: jobsTable(table),
    storeEvents: storeEventsTable(table),
    ozonCategories: ozonCategoriesTable(table),
    ozonAttributes: ozonAttributesTable(table),
    ozonDictionaries: ozonDictionariesTable(table),
    ozonDictionaryValues: ozonDictionaryValuesTable(table),
    mappingCategories: mappingCategoriesTable(table),
    mappingProducts: mappingProductsTable(table),
    mappingAttributes: mappingAttributesTable(table),
    mappingDictionaryChoices: mappingDictionaryChoicesTable(table),
    productState: productStateTable(table),
    importTasks: importTasksTable(table),
    exportRuns: exportRunsTable(table),
    requestNonces: requestNoncesTable(table),
    dryRunUnits: dryRunUnitsTable(table),
    productFingerprints: productFingerprintsTable(table),
    offerStocks: offerStocksTable(table),
    offerPrices: offerPricesTable(table),
  };
}

export type OwnTables = ReturnType<typeof createOwnTables>;
