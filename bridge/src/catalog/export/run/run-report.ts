import type { ExportReport } from '../plan/export-report';
import type { RunEnv } from './run-env';

/** Writes the run's report (insert or update), marking it finished when `finished`. */
export async function saveRunReport(
  env: RunEnv,
  dryRun: boolean,
  report: ExportReport,
  finished: boolean,
): Promise<void> {
  if (env.jobId === null) {
    return;
  }
  const now = new Date(env.clock.now());
  const t = env.store.own.exportRuns;
  await env.store.db
    .insert(t)
    .values({
      jobId: env.jobId,
      mode: dryRun ? 'dry' : 'real',
      report,
      createdAt: now,
      finishedAt: finished ? now : null,
    })
    .onDuplicateKeyUpdate({ set: { report, ...(finished ? { finishedAt: now } : {}) } });
}
