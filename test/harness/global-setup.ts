import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { TestProject } from 'vitest/node';
import { findOrStartDatabaseServer } from '../../bridge/scaffold/dev-database/database-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL without a database; each test file creates its own database under `databasePrefix`. */
    databaseServerUrl: string;
    /** Unique per run, so that parallel runs on one server never touch each other's databases. */
    databasePrefix: string;
    /**
     * False on the private MariaDB, which runs without grant tables: no database user can be made there, and a
     * real OpenCart installed for the run connects as one.
     */
    databaseServerHasAccounts: boolean;
  }
}

async function dropRunDatabases(serverUrl: string, prefix: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: serverUrl });
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      'SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?',
      [`${prefix}%`],
    );
    for (const row of rows) {
      await connection.query(`DROP DATABASE IF EXISTS \`${String(row.name)}\``);
    }
  } finally {
    await connection.end();
  }
}

/** Finds the run's MariaDB (or starts a private one) and, after the run, drops every database the run made. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { url: serverUrl, privateServer } = await findOrStartDatabaseServer();
  const databasePrefix = `mst_${randomBytes(4).toString('hex')}_`;
  project.provide('databaseServerUrl', serverUrl);
  project.provide('databasePrefix', databasePrefix);
  project.provide('databaseServerHasAccounts', privateServer === undefined);
  return async () => {
    await dropRunDatabases(serverUrl, databasePrefix);
    await privateServer?.stop();
  };
}
