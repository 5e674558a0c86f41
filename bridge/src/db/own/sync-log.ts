import { bigint, datetime, index, int, json, type MySqlTableFn, varchar } from 'drizzle-orm/mysql-core';
import { logKinds, logLevels } from '../../contract/logs';

/** Every API call and sync step, for the merchant's log view. `detail` is redacted before it is written. */
export function syncLogTable(table: MySqlTableFn) {
  return table(
    'log',
    {
      id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
      at: datetime('at', { mode: 'date', fsp: 3 }).notNull(),
      level: varchar('level', { length: 8, enum: logLevels }).notNull(),
      kind: varchar('kind', { length: 8, enum: logKinds }).notNull(),
      jobId: varchar('job_id', { length: 36 }),
      entity: varchar('entity', { length: 32 }),
      entityId: varchar('entity_id', { length: 64 }),
      message: varchar('message', { length: 1000 }).notNull(),
      detail: json('detail'),
      durationMs: int('duration_ms'),
      httpStatus: int('http_status'),
    },
    (t) => [
      index('oc_meschain_ozon_log_at_idx').on(t.at),
      index('oc_meschain_ozon_log_level_at_idx').on(t.level, t.at),
      index('oc_meschain_ozon_log_job_idx').on(t.jobId),
    ],
  );
}
