import mysql from 'mysql2/promise';

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
