import mysql from 'mysql2/promise';
import { OPENCART_SQL_MODE } from '../../../bridge/src/db/connection';
import { loadRealOpencartSchema, realOpencartSqlAvailable } from '../../harness/opencart-sql';

/**
 * OpenCart's real tables (with their indexes: product_image and product_special are read by product_id) when its
 * install SQL is beside the project; otherwise the sample store generator creates its own minimal tables.
 */
export async function withRealSchema(databaseUrl: string, prefix: string): Promise<void> {
  if (!realOpencartSqlAvailable()) {
    return;
  }
  const connection = await mysql.createConnection({ uri: databaseUrl, multipleStatements: true });
  try {
    await connection.query(`SET SESSION sql_mode = '${OPENCART_SQL_MODE}'`);
    await loadRealOpencartSchema(connection, prefix);
  } finally {
    await connection.end();
  }
}
