import { count, eq } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { JobRow } from '../../jobs/runner';
import { exportReportSchema } from './plan/export-report';

/** Prints a finished run's report: counts per action, quota, and (dry run) the changes it would make. */
export async function printReport(store: StoreDb, job: JobRow): Promise<void> {
  const [run] = await store.db
    .select()
    .from(store.own.exportRuns)
    .where(eq(store.own.exportRuns.jobId, job.id));
  const report = exportReportSchema.safeParse(run?.report);
  console.log(`${job.state}: ${job.summary ?? job.error ?? ''}`);
  if (!report.success) {
    return;
  }
  const r = report.data;
  const actions = Object.entries(r.actions)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([action, n]) => `${action} ${n}`)
    .join(', ');
  console.log(`  Ozon items: ${actions || 'none'}`);
  if (r.textLanguage) {
    console.log(`  texts taken from ${r.textLanguage.name} (${r.textLanguage.code})`);
  }
  if (r.quota) {
    const left = (limit: number, used: number) =>
      limit < 0 ? 'unlimited' : String(Math.max(0, limit - used));
    console.log(
      `  quota needed: ${r.quotaNeeded.create} creations (left today ${left(r.quota.createLimit, r.quota.createUsed)}), ${r.quotaNeeded.update} updates (left ${left(r.quota.updateLimit, r.quota.updateUsed)}); resets ${r.quota.resetAt}`,
    );
  }
  if (r.quotaNote) {
    console.log(`  ${r.quotaNote}`);
  }
  for (const held of r.heldBack.slice(0, 5)) {
    console.log(`  held back ${held.units} × ${held.code}: ${held.message}`);
  }
  if (run?.mode === 'dry') {
    for (const change of r.changes.slice(0, 50)) {
      console.log(`  would ${change.action} ${change.offerId} (product ${change.productId})`);
    }
    if (r.changes.length > 50) {
      console.log(`  … ${r.changes.length - 50} more`);
    }
  }
}

/** Ozon items per lifecycle state, in one line ("live 2310, invalid 180, ..."). */
export async function stateSummary(store: StoreDb): Promise<string> {
  const t = store.own.productState;
  const rows = await store.db.select({ state: t.state, n: count() }).from(t).groupBy(t.state);
  return `  product states: ${rows.map((r) => `${r.state} ${r.n}`).join(', ') || 'none'}`;
}
