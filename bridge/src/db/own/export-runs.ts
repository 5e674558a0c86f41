import { datetime, json, type MySqlTableFn, varchar } from 'drizzle-orm/mysql-core';

/** One product export or dry run: what it found and did, for the panel's report and the CLI's summary. */
export function exportRunsTable(table: MySqlTableFn) {
  return table('export_runs', {
    jobId: varchar('job_id', { length: 36 }).primaryKey(),
    mode: varchar('mode', { length: 8, enum: ['dry', 'real'] }).notNull(),
    /** Counters and quota, updated as pages are done (exportReportSchema). */
    report: json('report').notNull(),
    createdAt: datetime('created_at', { mode: 'date', fsp: 3 }).notNull(),
    finishedAt: datetime('finished_at', { mode: 'date', fsp: 3 }),
  });
}
