import { datetime, index, int, json, type MySqlTableFn, text, varchar } from 'drizzle-orm/mysql-core';
import { jobStates } from '../../contract/values';

/**
 * Long-running sync jobs. A job is resumable: its `checkpoint` is written after each unit of work, and a job
 * whose owner stopped heart-beating is taken over by the next bridge that starts.
 */
export function jobsTable(table: MySqlTableFn) {
  return table(
    'jobs',
    {
      id: varchar('id', { length: 36 }).primaryKey(),
      kind: varchar('kind', { length: 64 }).notNull(),
      state: varchar('state', { length: 16, enum: jobStates }).notNull(),
      params: json('params').notNull(),
      progressDone: int('progress_done').notNull().default(0),
      progressTotal: int('progress_total').notNull().default(0),
      checkpoint: json('checkpoint'),
      error: text('error'),
      /** One line for the job list when it ends, e.g. "980 sent, 20 invalid". */
      summary: varchar('summary', { length: 500 }),
      owner: varchar('owner', { length: 64 }),
      heartbeatAt: datetime('heartbeat_at', { mode: 'date', fsp: 3 }),
      createdAt: datetime('created_at', { mode: 'date', fsp: 3 }).notNull(),
      startedAt: datetime('started_at', { mode: 'date', fsp: 3 }),
      finishedAt: datetime('finished_at', { mode: 'date', fsp: 3 }),
    },
    (t) => [index('oc_meschain_ozon_jobs_state_idx').on(t.state, t.kind)],
  );
}
