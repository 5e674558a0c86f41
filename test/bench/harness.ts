import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { findOrStartDatabaseServer, withDatabase } from '../../bridge/scaffold/dev-database/database-server';
import { openStoreDb, type StoreDb } from '../../bridge/src/db/connection';
import { migrate } from '../../bridge/src/db/migrate';

/** One figure a benchmark measured. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly details?: Record<string, unknown>;
}

export interface BenchDatabase {
  readonly store: StoreDb;
  readonly databaseUrl: string;
  destroy(): Promise<void>;
}

/**
 * A fresh database for a benchmark (outside vitest), on DATABASE_URL or a private MariaDB, with the bridge's
 * migrations applied. The OpenCart tables come from `generateSampleStore`, which creates them when absent.
 */
export async function benchDatabase(prefix = 'bn_'): Promise<BenchDatabase> {
  const { url: serverUrl, privateServer } = await findOrStartDatabaseServer();
  const name = `msb_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: serverUrl });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const databaseUrl = withDatabase(serverUrl, name);
  const store = openStoreDb({ databaseUrl, tablePrefix: prefix });
  await migrate(store.pool, prefix);
  return {
    store,
    databaseUrl,
    destroy: async () => {
      await store.close();
      const dropper = await mysql.createConnection({ uri: serverUrl });
      await dropper.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await dropper.end();
      await privateServer?.stop();
    },
  };
}
