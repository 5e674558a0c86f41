import { loadStates } from '../../../unit-state/state-rows';
import { sqlDateTime } from '../../source/active-special';
import { preloadOptionIndex } from '../../source/option-index';
import { type ProductPage, readProductPage } from '../../source/read-products';
import { applyPage, countPlan } from '../plan/apply-page';
import { decideVanished, type UnitState } from '../plan/decide';
import { copyReport } from '../plan/export-report';
import { loadRunMemory, planPage } from '../plan/plan-page';
import { writeDryRunVerdicts } from '../state/dry-run-verdicts';
import type { ExportDeps } from '../steps/deps';
import type { QuotaLeft } from '../steps/send-imports';
import type { ExportCheckpoint } from './job-schemas';
import type { RunControl, RunEnv } from './run-env';

/**
 * Products per page. A real run's page (about 260 import items with variants) ends on nearly full batches of 100
 * and is cheap to redo after a crash. A dry run reads the same small pages, one ahead, so that a page's products
 * die young: with 500-product pages, three read ahead, much of the catalogue lived long enough to be promoted to
 * the old generation, and the garbage collector took twice the time it takes now on a 100,000-product dry run
 * (far more than the five times as many, smaller queries cost).
 */
export const PAGE_SIZE = { real: 100, dry: 100 } as const;

/**
 * A real run saves its checkpoint (and the run's report) after every page, since the page's data is written; a
 * dry run writes nothing, so it saves every few pages, as often as its 500-product pages used to.
 */
const DRY_PAGES_PER_SAVE = 5;

/** Pages in flight: the one being built and the next, read meanwhile. */
const READ_AHEAD = 2;

/** Below this many selected products the options are queried per page instead of preloaded. */
const PRELOAD_OPTIONS_FROM = 1_000;

/**
 * Walks the products from the checkpoint on, page by page (keyset on product_id): plans each page and, in a real
 * run, writes its states and sends its changes; then saves the checkpoint past it. The next page is read while
 * the current one is built (the database works while this thread computes). Returns early, checkpointed, when
 * the run is asked to stop.
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
  let unsaved = 0;
  // Both are one pass over a table; they run side by side.
  const [optionSource, memory] = await Promise.all([
    (options.onlyIds?.length ?? Number.POSITIVE_INFINITY) >= PRELOAD_OPTIONS_FROM
      ? preloadOptionIndex(env.store)
      : undefined,
    options.onlyIds === undefined ? loadRunMemory(env.store) : undefined,
  ]);
  const read = (afterId: number): Promise<{ page: ProductPage; states: Map<string, UnitState> }> => {
    const ahead = readProductPage(env.store, env.context.store, {
      afterId,
      limit: options.deps ? PAGE_SIZE.real : PAGE_SIZE.dry,
      onlyIds: options.onlyIds,
      now: sqlDateTime(env.clock.now()),
      options: optionSource,
      attributeIds: env.context.attributeIds,
    }).then(async (page) => ({
      page,
      // Read ahead with the page; a real run writes states per page, and only for its own products.
      states: await loadStates(
        env.store,
        page.products.map((p) => p.productId),
        options.onlyIds === undefined,
      ),
    }));
    // A prefetched page may be abandoned when the run stops; its failure must not go unhandled.
    ahead.catch(() => undefined);
    return ahead;
  };
  type Fetched = Awaited<ReturnType<typeof read>>;
  // Pages read ahead: while one page is built, the database serves the next (more pages ahead kept their products
  // alive long enough to be promoted, which cost more CPU than the waits they saved).
  const queue: Array<Promise<Fetched>> = [read(cp.afterId)];
  const fill = (): void => {
    while (queue.length < READ_AHEAD) {
      const last = queue.at(-1);
      if (!last) {
        return;
      }
      const following = last.then((f) => (f.page.lastId === undefined ? f : read(f.page.lastId)));
      following.catch(() => undefined);
      queue.push(following);
    }
  };
  for (;;) {
    if (control.signal.aborted) {
      return { checkpoint: cp, stopped: true };
    }
    fill();
    const next = queue.shift();
    if (!next) {
      return { checkpoint: cp, stopped: false };
    }
    const { page, states } = await next;
    if (page.lastId === undefined) {
      return { checkpoint: cp, stopped: false };
    }
    const { planned, vanished } = await planPage(env.store, env.context, page.products, memory, states);
    const report = copyReport(cp.report);
    let halted = cp.halted;
    if (options.deps) {
      const outcome = await applyPage(options.deps, planned, vanished, options.quota, halted);
      report.batches += outcome.batches;
      report.itemsSent += outcome.itemsSent;
      halted = outcome.halted;
    } else if (env.jobId !== null) {
      // A dry run writes no state, only its verdicts: the product list shows them and filters by them.
      await writeDryRunVerdicts(env.store, env.jobId, planned, vanished, new Date(env.clock.now()));
    }
    countPlan(
      report,
      page.products.length,
      planned,
      vanished.filter((r) => decideVanished(r) === 'archive').length,
    );
    cp = { ...cp, afterId: page.lastId, halted, report };
    unsaved += 1;
    if (options.deps || unsaved === DRY_PAGES_PER_SAVE) {
      await control.saveCheckpoint(cp, { done: report.products, total: options.total, note: 'products' });
      unsaved = 0;
    }
  }
}
