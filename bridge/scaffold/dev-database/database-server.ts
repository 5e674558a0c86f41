import mysql from 'mysql2/promise';
import { type PrivateMariaDb, startPrivateMariaDb } from './private-mariadb';

/** Where a local MariaDB usually answers (tests, CI, the demo). */
export const DEFAULT_DATABASE_URL = 'mysql://root@127.0.0.1:3306';

/** Resolves when a server answers at `url`, or rejects after `timeoutMs`. */
export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const connection = await mysql.createConnection({ uri: url, connectTimeout: 2000 });
      await connection.end();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(`no database server at ${url}`);
}

/** The URL with a database name in its path. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface DatabaseServer {
  /** Server URL without a database. */
  readonly url: string;
  /** Set when no server answered and a private MariaDB was started; stop it when done. */
  readonly privateServer: PrivateMariaDb | undefined;
}

/**
 * The server at `url` (DATABASE_URL, else 127.0.0.1:3306) when it answers within 3 s, or else a private MariaDB
 * started from the installed binaries. Tests, benchmarks and the demo all begin here.
 */
export async function findOrStartDatabaseServer(
  url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  onPrivateStart: (unanswered: string) => void = () => undefined,
): Promise<DatabaseServer> {
  try {
    await waitForServer(url, 3000);
    return { url, privateServer: undefined };
  } catch {
    onPrivateStart(url);
    const privateServer = await startPrivateMariaDb();
    await waitForServer(privateServer.url, 60_000);
    return { url: privateServer.url, privateServer };
  }
}
