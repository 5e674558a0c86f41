import type { Pool, PoolConnection, RowDataPacket } from 'mysql2/promise';

/**
 * The lock's name as the server knows it: MySQL's named locks are server-wide, so the name is scoped to the current
 * database (two stores with one table prefix in two databases of one server must not wait for each other, as a
 * benchmark's store did for another's). Readable start, then a digest, within the server's 64 characters.
 */
const SCOPED = "CONCAT(LEFT(?, 23), '.', SHA1(CONCAT(DATABASE(), '|', ?)))";

/**
 * Runs `work` while holding MySQL's named lock `name` (GET_LOCK), so that two bridges on one store (or two
 * requests in one) never do the guarded step at once. The lock belongs to one pooled connection, which `work`
 * may use too; it is released however `work` ends. Names are limited to 64 characters by the server.
 */
export async function withNamedLock<T>(
  pool: Pool,
  name: string,
  timeoutSeconds: number,
  work: (connection: PoolConnection) => Promise<T>,
): Promise<T> {
  const connection = await pool.getConnection();
  try {
    const [rows] = await connection.query<RowDataPacket[]>(`SELECT GET_LOCK(${SCOPED}, ?) AS got`, [
      name,
      name,
      timeoutSeconds,
    ]);
    if (rows[0]?.got !== 1) {
      throw new Error(`could not take the lock ${name} within ${timeoutSeconds} s: another bridge holds it`);
    }
    try {
      return await work(connection);
    } finally {
      // A failed release only means the connection died, which frees the lock as well.
      await connection.query(`SELECT RELEASE_LOCK(${SCOPED})`, [name, name]).catch(() => undefined);
    }
  } finally {
    connection.release();
  }
}
