import mysql from 'mysql2/promise';
import { inject } from 'vitest';
import { withDatabase } from '../../bridge/scaffold/dev-database/database-server';
import { opencartFixtureDdl } from '../../bridge/scaffold/opencart-fixture/fixture';
import { insertOpencartDefaults } from '../../bridge/scaffold/opencart-fixture/fixture-data';
import { OPENCART_SQL_MODE, openStoreDb, type StoreDb } from '../../bridge/src/db/connection';
import { migrate } from '../../bridge/src/db/migrate';
import { loadRealOpencartSchema, realOpencartSqlAvailable } from './opencart-sql';

/** A prefix other than OpenCart's default, so that every test proves the prefix is honoured. */
export const TEST_TABLE_PREFIX = 'mz_';

export interface TestStore extends StoreDb {
  readonly databaseUrl: string;
  readonly databaseName: string;
  readonly schemaSource: 'opencart-sql' | 'fixture';
  /** Closes the pool and drops the database. */
  destroy(): Promise<void>;
}

let counter = 0;

export interface TestStoreOptions {
  readonly prefix?: string;
  /** `auto` (default): OpenCart's real install SQL when it is beside the project, else the fixture. */
  readonly schema?: 'auto' | 'opencart-sql' | 'fixture';
  /** Apply the bridge's migrations (default true). */
  readonly migrate?: boolean;
}

/** A fresh database for one test file, with the OpenCart schema under a non-default prefix and our tables. */
export async function createTestStore(options: TestStoreOptions = {}): Promise<TestStore> {
  const prefix = options.prefix ?? TEST_TABLE_PREFIX;
  const serverUrl = inject('databaseServerUrl');
  counter += 1;
  const databaseName = `${inject('databasePrefix')}${process.pid}_${counter}`;
  const wanted = options.schema ?? 'auto';
  const schemaSource = wanted === 'auto' ? (realOpencartSqlAvailable() ? 'opencart-sql' : 'fixture') : wanted;

  const admin = await mysql.createConnection({ uri: serverUrl, multipleStatements: true });
  try {
    await admin.query(
      `CREATE DATABASE \`${databaseName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; USE \`${databaseName}\`;`,
    );
    await admin.query(`SET SESSION sql_mode = '${OPENCART_SQL_MODE}'`);
    if (schemaSource === 'opencart-sql') {
      await loadRealOpencartSchema(admin, prefix);
    } else {
      await admin.query(opencartFixtureDdl(prefix).join(';\n'));
    }
  } finally {
    await admin.end();
  }

  const databaseUrl = withDatabase(serverUrl, databaseName);
  const store = openStoreDb({ databaseUrl, tablePrefix: prefix, poolSize: 4 });
  if (schemaSource === 'fixture') {
    await insertOpencartDefaults(store);
  }
  if (options.migrate ?? true) {
    await migrate(store.pool, prefix);
  }
  return {
    ...store,
    databaseUrl,
    databaseName,
    schemaSource,
    destroy: async () => {
      await store.close();
      const dropper = await mysql.createConnection({ uri: serverUrl });
      await dropper.query(`DROP DATABASE IF EXISTS \`${databaseName}\``);
      await dropper.end();
    },
  };
}
