import { type SQL, sql } from 'drizzle-orm';

/** `col = VALUES(col)` in an upsert: the value the insert carried. */
export const fromInsert = (column: { name: string }): SQL => sql`values(${sql.identifier(column.name)})`;

/** The ON DUPLICATE KEY UPDATE set taking these columns from the insert. */
export function takeFromInsert<K extends string>(columns: Record<K, { name: string }>): Record<K, SQL> {
  return Object.fromEntries(
    Object.entries<{ name: string }>(columns).map(([k, c]) => [k, fromInsert(c)]),
  ) as Record<K, SQL>;
}
