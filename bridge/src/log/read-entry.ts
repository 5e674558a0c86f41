import { eq } from 'drizzle-orm';
import type { LogEntryView } from '../contract/logs';
import type { StoreDb } from '../db/connection';
import { DomainError } from '../shared/domain-error';
import { logEntryView } from './entry-view';
import { redact } from './redact';

/**
 * One entry with its detail. Entries are redacted when written; `secrets` (those the bridge knows now) are masked
 * once more on the way out, for a key that became known after the entry was written.
 */
export async function readLogEntry(
  store: StoreDb,
  id: number,
  secrets: readonly string[],
): Promise<LogEntryView> {
  const table = store.own.syncLog;
  const [row] = await store.db.select().from(table).where(eq(table.id, id)).limit(1);
  if (!row) {
    throw new DomainError('NOT_FOUND', `no log entry ${id}`);
  }
  // Only the text parts: redact() walks objects, and would turn the Date in `at` into {}.
  return logEntryView({ ...row, message: redact(row.message, secrets), detail: redact(row.detail, secrets) });
}
