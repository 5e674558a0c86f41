import { drizzle } from 'drizzle-orm/mysql2';
import mysql from 'mysql2/promise';
import { createOpencartTables } from './opencart/index';
import { createOwnTables } from './own/index';

/**
 * OpenCart's own driver runs every session in this non-strict mode; its tables have NOT NULL columns without
 * defaults (e.g. order.fax) that OpenCart itself relies on being filled implicitly. Writing with the server's
 * strict default would reject rows OpenCart accepts.
 */
export const OPENCART_SQL_MODE = 'NO_ZERO_IN_DATE,NO_ENGINE_SUBSTITUTION';

export interface StoreDbOptions {
  readonly databaseUrl: string;
  readonly tablePrefix: string;
  readonly poolSize?: number;
}

/** Opens a pool on the store's database with OpenCart's session settings and the prefixed table sets. */
export function openStoreDb(options: StoreDbOptions) {
  const pool = mysql.createPool({
    uri: options.databaseUrl,
    connectionLimit: options.poolSize ?? 8,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    multipleStatements: false,
  });
  // Runs once for every new physical connection, before it is handed out.
  pool.pool.on('connection', (connection) => {
    connection.query(`SET SESSION sql_mode = '${OPENCART_SQL_MODE}', time_zone = '+00:00'`);
  });
  const db = drizzle(pool, { mode: 'default' });
  return {
    pool,
    db,
    prefix: options.tablePrefix,
    oc: createOpencartTables(options.tablePrefix),
    own: createOwnTables(options.tablePrefix),
    close: () => pool.end(),
  };
}

export type StoreDb = ReturnType<typeof openStoreDb>;
export type Database = StoreDb['db'];
