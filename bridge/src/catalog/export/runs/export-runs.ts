import { desc, eq } from 'drizzle-orm';
import type { ExportRun, ExportRunsQuery } from '../../../contract/catalog-export';
import { exportReportSchema } from '../../../contract/export-report';
import type { StoreDb } from '../../../db/connection';
import { DomainError } from '../../../shared/domain-error';

type RunRow = StoreDb['own']['exportRuns']['$inferSelect'];

function runView(row: RunRow): ExportRun {
  return {
    jobId: row.jobId,
    mode: row.mode,
    report: exportReportSchema.parse(row.report),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** The latest exports and dry runs with what they found, newest first. */
export async function listExportRuns(store: StoreDb, query: ExportRunsQuery): Promise<ExportRun[]> {
  const t = store.own.exportRuns;
  const rows = await (query.mode
    ? store.db.select().from(t).where(eq(t.mode, query.mode))
    : store.db.select().from(t)
  )
    .orderBy(desc(t.createdAt))
    .limit(query.limit);
  return rows.map(runView);
}

/** The export or dry run a job made. */
export async function findExportRun(store: StoreDb, jobId: string): Promise<ExportRun> {
  const t = store.own.exportRuns;
  const [row] = await store.db.select().from(t).where(eq(t.jobId, jobId));
  if (!row) {
    throw new DomainError('NOT_FOUND', 'no export run with this job id');
  }
  return runView(row);
}
