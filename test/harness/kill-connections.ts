import mysql from 'mysql2/promise';
import { inject } from 'vitest';

/**
 * A root session of its own on the test server, outside every test database, that kills the connections others
 * hold to one database (as a DBA's `KILL CONNECTION`, or a server restart seen by one client, does).
 */
export async function openConnectionKiller(databaseName: string) {
  const admin = await mysql.createConnection({ uri: inject('databaseServerUrl') });
  return {
    /** Kills every connection whose current database is the test's; resolves to how many were killed. */
    async killAll(): Promise<number> {
      const [rows] = await admin.query<mysql.RowDataPacket[]>(
        'SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()',
        [databaseName],
      );
      let killed = 0;
      for (const row of rows) {
        // A connection may have closed since the list was read: that is not a failure of the kill.
        await admin.query(`KILL CONNECTION ${Number(row.id)}`).then(
          () => {
            killed += 1;
          },
          () => undefined,
        );
      }
      return killed;
    },
    /** Runs a query on the killer's own session (it holds no test database, so it is never killed). */
    async query<T extends mysql.RowDataPacket[]>(sql: string, values: unknown[] = []): Promise<T> {
      const [rows] = await admin.query<T>(sql, values);
      return rows;
    },
    close: () => admin.end(),
  };
}
