import { datetime, index, int, json, type MySqlTableFn, text, varchar } from 'drizzle-orm/mysql-core';

/** `sending`: written before the request; `pending`: Ozon gave a task id; `unknown`: no answer, re-checking. */
export const importTaskStates = ['sending', 'pending', 'unknown', 'done', 'rejected', 'requeued'] as const;

/**
 * Write-ahead record of every /v3/product/import request. The row (with the offers it carries) is written BEFORE
 * the request goes out and gets Ozon's task id right after, so a bridge killed in between finds a `sending` row
 * at the next start and re-checks those offers on Ozon instead of sending them again blindly.
 */
export function importTasksTable(table: MySqlTableFn) {
  return table(
    'import_tasks',
    {
      id: int('id').autoincrement().primaryKey(),
      jobId: varchar('job_id', { length: 36 }),
      state: varchar('state', { length: 16, enum: importTaskStates }).notNull(),
      taskId: varchar('task_id', { length: 20 }),
      /** [{ offerId, productId, variantKey, hash }] */
      items: json('items').notNull(),
      error: text('error'),
      createdAt: datetime('created_at', { mode: 'date', fsp: 3 }).notNull(),
      sentAt: datetime('sent_at', { mode: 'date', fsp: 3 }),
      checkedAt: datetime('checked_at', { mode: 'date', fsp: 3 }),
      settledAt: datetime('settled_at', { mode: 'date', fsp: 3 }),
    },
    (t) => [index('oc_meschain_ozon_import_tasks_state_idx').on(t.state)],
  );
}
