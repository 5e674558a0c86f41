import { sql } from 'drizzle-orm';
import type { MySqlColumn } from 'drizzle-orm/mysql-core';

/**
 * The `SET` of an `ON DUPLICATE KEY UPDATE` that takes every listed column from the row being inserted, so a
 * refresh rewrites cached rows in place (idempotent) instead of failing on or duplicating them.
 */
export function fromInserted<K extends string>(
  columns: Record<K, MySqlColumn>,
): Record<K, ReturnType<typeof sql>> {
  const set = {} as Record<K, ReturnType<typeof sql>>;
  for (const key of Object.keys(columns) as K[]) {
    set[key] = sql.raw(`VALUES(\`${columns[key].name}\`)`);
  }
  return set;
}

/** Splits rows into statements small enough for the server's max_allowed_packet. */
export function* chunks<T>(rows: readonly T[], size = 500): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) {
    yield rows.slice(i, i + size);
  }
}
