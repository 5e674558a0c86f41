import { mysqlTableCreator } from 'drizzle-orm/mysql-core';
import { attributeTables } from './attributes';
import { catalogTables } from './catalog';
import { categoryTables } from './categories';
import { orderTables } from './orders';
import { storeTables } from './store';

/**
 * OpenCart's tables under the store's own prefix (`DB_PREFIX`; `oc_` is only the default).
 * Kept out of drizzle-kit's schema input on purpose: drizzle-kit would otherwise emit CREATE TABLE for them.
 */
export function createOpencartTables(prefix: string) {
  const table = mysqlTableCreator((name) => `${prefix}${name}`);
  return {
    ...catalogTables(table),
    ...categoryTables(table),
    ...attributeTables(table),
    ...storeTables(table),
    ...orderTables(table),
  };
}

export type OpencartTables = ReturnType<typeof createOpencartTables>;
