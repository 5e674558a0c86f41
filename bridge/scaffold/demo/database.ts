import mysql from 'mysql2/promise';
import {
  DEFAULT_DATABASE_URL,
  findOrStartDatabaseServer,
  withDatabase,
} from '../dev-database/database-server';
import type { PrivateMariaDb } from '../dev-database/private-mariadb';

export interface DemoDatabase {
  readonly databaseUrl: string;
  /** Set when the demo had to start its own MariaDB; stopped with the demo. */
  readonly privateServer: PrivateMariaDb | undefined;
}

/**
 * The demo's database (`meschain_demo` unless named) on the local server (DATABASE_URL or 127.0.0.1:3306), or on a private
 * MariaDB started from the installed binaries when no server answers. Created when missing.
 */
export async function demoDatabase(
  name = 'meschain_demo',
  serverUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
): Promise<DemoDatabase> {
  const { url, privateServer } = await findOrStartDatabaseServer(serverUrl, (unanswered) =>
    console.log(
      `no database server answers at ${new URL(unanswered).host}; starting a private MariaDB for the demo`,
    ),
  );
  const connection = await mysql.createConnection({ uri: url });
  await connection.query(
    `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await connection.end();
  return { databaseUrl: withDatabase(url, name), privateServer };
}
