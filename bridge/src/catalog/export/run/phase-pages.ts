import { sqlDateTime } from '../../source/active-special';
import { readProductPage } from '../../source/read-products';
import { applyPage, countPlan, planPage } from '../plan/process-page';
import type { ExportDeps } from '../steps/deps';
import type { QuotaLeft } from '../steps/send-imports';
import type { ExportCheckpoint } from './job-schemas';
import type { RunControl, RunEnv } from './run-env';

/** Products per page: with their variants about 250 import items, so pages end on nearly full batches of 100. */
export const PAGE_SIZE = 100;

/**
 * Walks the products from the checkpoint on, page by page (keyset on product_id): plans each page and, in a real
 * run, writes its states and sends its changes; then saves the checkpoint past it. Returns early, checkpointed,
 * when the run is asked to stop.
 */
export async function runPages(
  env: RunEnv,
  control: RunControl,
  checkpoint: ExportCheckpoint,
  options: {
    onlyIds: readonly number[] | undefined;
    total: number;
    deps: ExportDeps | undefined;
    quota: QuotaLeft;
  },
): Promise<{ checkpoint: ExportCheckpoint; stopped: boolean }> {
  let cp = checkpoint;
  for (;;) {
    if (control.signal.aborted) {
      return { checkpoint: cp, stopped: true };
    }
    const page = await readProductPage(env.store, env.context.store, {
      afterId: cp.afterId,
      limit: PAGE_SIZE,
      onlyIds: options.onlyIds,
      now: sqlDateTime(env.clock.now()),
    });
    if (page.lastId === undefined) {
      return { checkpoint: cp, stopped: false };
    }
    const { planned, vanished } = await planPage(env.store, env.context, page.products);
    const report = structuredClone(cp.report);
    let halted = cp.halted;
    if (options.deps) {
      const outcome = await applyPage(options.deps, planned, vanished, options.quota, halted);
      report.batches += outcome.batches;
      report.itemsSent += outcome.itemsSent;
      halted = outcome.halted;
    }
    countPlan(report, page.products.length, planned, vanished.length);
    cp = { ...cp, afterId: page.lastId, halted, report };
    await control.saveCheckpoint(cp, { done: report.products, total: options.total, note: 'products' });
  }
}
