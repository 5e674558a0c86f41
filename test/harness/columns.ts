import type { Pool, RowDataPacket } from 'mysql2/promise';

export interface ColumnShape {
  readonly dataType: string;
  readonly length: number | null;
  readonly precision: number | null;
  readonly scale: number | null;
  readonly nullable: boolean;
  readonly primaryKey: boolean;
}

/** Every column of every table in the pool's database, read from information_schema. */
export async function readColumns(pool: Pool): Promise<Map<string, Map<string, ColumnShape>>> {
  const [rows] = await pool.query<RowDataPacket[]>(
    `SELECT table_name AS t, column_name AS c, data_type AS dt, character_maximum_length AS len,
            numeric_precision AS p, numeric_scale AS s, is_nullable AS n, column_key AS k
       FROM information_schema.columns WHERE table_schema = DATABASE()`,
  );
  const tables = new Map<string, Map<string, ColumnShape>>();
  for (const row of rows) {
    const table = tables.get(String(row.t)) ?? new Map<string, ColumnShape>();
    table.set(String(row.c), {
      dataType: String(row.dt),
      length: row.len === null ? null : Number(row.len),
      precision: row.p === null ? null : Number(row.p),
      scale: row.s === null ? null : Number(row.s),
      nullable: row.n === 'YES',
      // Secondary indexes are OpenCart's business; only the primary key shapes what the bridge may write.
      primaryKey: row.k === 'PRI',
    });
    tables.set(String(row.t), table);
  }
  return tables;
}
