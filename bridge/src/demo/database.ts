import mysql from 'mysql2/promise';
import { DEFAULT_DATABASE_URL, waitForServer, withDatabase } from '../dev/database-server';
import { type PrivateMariaDb, startPrivateMariaDb } from '../dev/private-mariadb';

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
  let url = serverUrl;
  let privateServer: PrivateMariaDb | undefined;
  try {
    await waitForServer(url, 3000);
  } catch {
    console.log(
      `no database server answers at ${new URL(url).host}; starting a private MariaDB for the demo`,
    );
    privateServer = await startPrivateMariaDb();
    url = privateServer.url;
    await waitForServer(url, 60_000);
  }
  const connection = await mysql.createConnection({ uri: url });
  await connection.query(
    `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await connection.end();
  return { databaseUrl: withDatabase(url, name), privateServer };
}
