import { and, desc, eq, gte, like, lt, lte, or, type SQL } from 'drizzle-orm';
import type { LogQuery } from '../contract/logs';
import type { StoreDb } from '../db/connection';
import type { Clock } from '../shared/clock';
import { redact } from './redact';

export type LogRow = StoreDb['own']['syncLog']['$inferSelect'];
export type LogEntry = Omit<StoreDb['own']['syncLog']['$inferInsert'], 'id' | 'at'>;

/**
 * The merchant-visible log of API calls and sync steps. Every entry is redacted before it is stored, with the
 * secrets the bridge knows of passed in, so a credential cannot reach the log even inside free text.
 */
export function createSyncLog(
  store: StoreDb,
  clock: Clock,
  knownSecrets: () => readonly string[] = () => [],
) {
  const table = store.own.syncLog;
  return {
    async write(entry: LogEntry): Promise<void> {
      const secrets = knownSecrets();
      await store.db.insert(table).values({
        ...entry,
        message: redact(entry.message, secrets).slice(0, 1000),
        detail: entry.detail === undefined ? null : redact(entry.detail, secrets),
        at: new Date(clock.now()),
      });
    },

    async query(q: LogQuery): Promise<{ items: LogRow[]; nextBefore: number | null }> {
      const where: SQL[] = [];
      if (q.level) {
        where.push(eq(table.level, q.level));
      }
      if (q.kind) {
        where.push(eq(table.kind, q.kind));
      }
      if (q.from) {
        where.push(gte(table.at, q.from));
      }
      if (q.to) {
        where.push(lte(table.at, q.to));
      }
      if (q.jobId) {
        where.push(eq(table.jobId, q.jobId));
      }
      if (q.entity) {
        where.push(eq(table.entity, q.entity));
      }
      if (q.entityId) {
        where.push(eq(table.entityId, q.entityId));
      }
      if (q.before) {
        where.push(lt(table.id, q.before));
      }
      if (q.text) {
        const pattern = `%${q.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
        const text = or(like(table.message, pattern), like(table.entityId, pattern));
        if (text) {
          where.push(text);
        }
      }
      const items = await store.db
        .select()
        .from(table)
        .where(and(...where))
        .orderBy(desc(table.id))
        .limit(q.limit + 1);
      const page = items.slice(0, q.limit);
      const last = page.at(-1);
      return { items: page, nextBefore: items.length > q.limit && last ? last.id : null };
    },
  };
}

export type SyncLog = ReturnType<typeof createSyncLog>;
