import { eq } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
import type { StoreDb } from '../../db/connection';
import { OWN_TABLE_INFIX } from '../../db/own/index';

/** Where the last complete product sync stood, so that the next one reads only what changed since. */
export const changeMarkSchema = z.object({
  /** The newest `date_modified` of the store's products when that run started ('' when it had none). */
  dateModified: z.string(),
  /**
   * How many products carried that newest time: a save later in that same second gives it one more, and the
   * next sync then reads every product of that second again (a bulk import saves thousands in one second).
   */
  newestCount: z.int().min(0),
  /** The newest store event received when it started (0: none). */
  eventId: z.int().min(0),
  /** When it started, as 'YYYY-MM-DD HH:MM:SS' in the bridge's clock (specials start and end by it). */
  at: z.string(),
  /** When the last full comparison started (epoch ms). */
  fullAt: z.number(),
  /** The export context's fingerprint then: another one (settings, mapping) needs a full comparison. */
  context: z.string(),
});
export type ChangeMark = z.infer<typeof changeMarkSchema>;

const MARK_KEY = 'catalog.change_mark';

/** The mark of the last complete whole-catalogue sync; undefined before the first. */
export async function readChangeMark(store: StoreDb): Promise<ChangeMark | undefined> {
  const t = store.own.settings;
  const [row] = await store.db.select({ value: t.value }).from(t).where(eq(t.key, MARK_KEY));
  const parsed = changeMarkSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** Records the mark once a sync has completed (a sync that fails leaves the old one, so nothing is skipped). */
export async function saveChangeMark(store: StoreDb, mark: ChangeMark, now: Date): Promise<void> {
  const t = store.own.settings;
  await store.db
    .insert(t)
    .values({ key: MARK_KEY, value: mark, updatedAt: now })
    .onDuplicateKeyUpdate({ set: { value: mark, updatedAt: now } });
}

/**
 * Where the store stands as a sync starts. Read before any product is: an edit made while the sync runs is newer
 * than the mark, and the next sync reads it again.
 */
export async function currentChangeMark(
  store: StoreDb,
  at: string,
): Promise<Pick<ChangeMark, 'dateModified' | 'newestCount' | 'eventId' | 'at'>> {
  const products = `\`${store.prefix}product\``;
  const [[newest], [event]] = await Promise.all([
    store.pool.query<Array<{ n: number; at: string } & RowDataPacket>>(
      `SELECT COUNT(*) AS n, CAST(date_modified AS CHAR) AS at FROM ${products}
       WHERE date_modified = (SELECT MAX(date_modified) FROM ${products}) GROUP BY date_modified`,
    ),
    store.pool.query<Array<{ newest: number | null } & RowDataPacket>>(
      `SELECT MAX(id) AS newest FROM \`${store.prefix}${OWN_TABLE_INFIX}store_events\``,
    ),
  ]);
  return {
    dateModified: newest[0]?.at ?? '',
    newestCount: Number(newest[0]?.n ?? 0),
    eventId: Number(event[0]?.newest ?? 0),
    at,
  };
}
