import { and, count, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { LogActivityQuery, LogActivityResponse } from '../contract/logs';
import type { StoreDb } from '../db/connection';

const BUCKET_MS = 60_000;

/** Entries per minute and level over the last `minutes` up to `now`, oldest first, gaps filled (the activity chart). */
export async function logActivity(
  store: StoreDb,
  now: number,
  { minutes, kind }: LogActivityQuery,
): Promise<LogActivityResponse> {
  const table = store.own.syncLog;
  const end = Math.floor(now / BUCKET_MS) * BUCKET_MS + BUCKET_MS;
  const start = end - minutes * BUCKET_MS;
  const where: SQL[] = [gte(table.at, new Date(start))];
  if (kind) {
    where.push(eq(table.kind, kind));
  }
  const minute = sql<string>`DATE_FORMAT(${table.at}, '%Y-%m-%dT%H:%i:00Z')`;
  const rows = await store.db
    .select({ minute, level: table.level, n: count() })
    .from(table)
    .where(and(...where))
    .groupBy(minute, table.level);
  const buckets = Array.from({ length: minutes }, (_, i) => ({
    at: new Date(start + i * BUCKET_MS).toISOString(),
    info: 0,
    warning: 0,
    error: 0,
  }));
  for (const row of rows) {
    const bucket = buckets[Math.floor((Date.parse(row.minute) - start) / BUCKET_MS)];
    if (bucket) {
      bucket[row.level] += Number(row.n);
    }
  }
  return { kind: kind ?? null, bucketSeconds: BUCKET_MS / 1000, buckets };
}
