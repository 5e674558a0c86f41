import type { Pool, PoolConnection, RowDataPacket } from 'mysql2/promise';

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
    const [rows] = await connection.query<RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS got', [
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
      await connection.query('SELECT RELEASE_LOCK(?)', [name]).catch(() => undefined);
    }
  } finally {
    connection.release();
  }
}
