import { type OptionSource, preloadOptionIndex } from '../../source/option-index';
import { readOptionDigests } from '../../source/product-digests';
import { applyPage, countPlan, countQuiet } from '../plan/apply-page';
import { decideVanished } from '../plan/decide';
import { copyReport } from '../plan/export-report';
import { loadRunMemory, planPage, type RunMemory } from '../plan/plan-page';
import { forgetQuietRecords, saveQuietRecords } from '../quiet/fingerprint-rows';
import { quietAfterPlan } from '../quiet/quiet-after-plan';
import { writeDryRunVerdicts } from '../state/dry-run-verdicts';
import { unresolvedImports } from '../state/import-log';
import type { ExportDeps } from '../steps/deps';
import type { QuotaLeft } from '../steps/send-imports';
import type { ExportCheckpoint } from './job-schemas';
import { type PageToPlan, readPageToPlan } from './page-source';
import type { RunControl, RunEnv } from './run-env';

/**
 * Products per page. A dry run reads every product whole, in small pages read one ahead, so that a page's
 * products die young: with 500-product pages, three read ahead, much of the catalogue lived long enough to be
 * promoted to the old generation, and the garbage collector took twice the time it takes now on a
 * 100,000-product dry run. A real run reads pages of digests, a few dozen bytes a product, and whole only the
 * products that changed.
 */
export const PAGE_SIZE = { real: 1000, dry: 100 } as const;

/**
 * A run saves its checkpoint (and the run's report) after every page that wrote or sent something; pages that
 * only read (a dry run's, and a real run's pages of quiet products) are cheap to read again, so they are saved
 * every few pages, as often as 500-product pages used to be.
 */
const PAGES_PER_SAVE = 5;

/** Pages in flight: the one being built and the next, read meanwhile. */
const READ_AHEAD = 2;

/**
 * A whole read of this many products in a real run over the catalogue (a first export) takes the options from
 * one index of every product's; smaller reads ask for theirs.
 */
const INDEX_OPTIONS_FROM = 500;

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
  const real = options.deps !== undefined;
  const contiguous = options.onlyIds === undefined;
  // Options of the products read whole, once a run where it can: named products (a few, or what changed) have
  // theirs read up front, a dry run over the catalogue reads every product whole and indexes them all; a real run
  // over the catalogue reads whole only the products not quiet, and indexes all only for a large read.
  let optionIndex: Promise<OptionSource> | undefined =
    options.onlyIds !== undefined
      ? preloadOptionIndex(env.store, options.onlyIds)
      : real
        ? undefined
        : preloadOptionIndex(env.store);
  const optionsFor = async (products: number): Promise<OptionSource | undefined> => {
    if (products >= INDEX_OPTIONS_FROM) {
      optionIndex ??= preloadOptionIndex(env.store);
    }
    return optionIndex;
  };
  // One pass over a table each; they run side by side.
  const [unresolved, optionDigests] = await Promise.all([
    real ? unresolvedImports(env.store).then((rows) => new Set(rows.map((r) => r.id))) : new Set<number>(),
    real && contiguous ? readOptionDigests(env.store) : new Map<number, string>(),
    optionIndex,
  ]);
  // A dry run over the catalogue keeps every article it planned in memory, since it writes none. A real run
  // writes each page's units before the next page is planned, so the next page asks the database for the
  // holders of its own articles: it plans only the products that are not quiet, and a map of every article of
  // the store cost more memory, and a pass over the state table, than those few lookups.
  let memory: Promise<RunMemory> | undefined;
  const memoryFor = (): Promise<RunMemory> | undefined => {
    if (contiguous && !real) {
      memory ??= loadRunMemory(env.store);
    }
    return memory;
  };
  const read = (afterId: number): Promise<PageToPlan> => {
    const ahead = readPageToPlan(env, afterId, {
      limit: real ? PAGE_SIZE.real : PAGE_SIZE.dry,
      onlyIds: options.onlyIds,
      options: optionsFor,
      real,
      unresolved,
      optionDigests,
    });
    // A prefetched page may be abandoned when the run stops; its failure must not go unhandled.
    ahead.catch(() => undefined);
    return ahead;
  };
  type Fetched = PageToPlan;
  // Pages read ahead: while one page is built, the database serves the next (more pages ahead kept their products
  // alive long enough to be promoted, which cost more CPU than the waits they saved).
  const queue: Array<Promise<Fetched>> = [read(cp.afterId)];
  const fill = (): void => {
    while (queue.length < READ_AHEAD) {
      const last = queue.at(-1);
      if (!last) {
        return;
      }
      const following = last.then((f) => (f.lastId === undefined ? f : read(f.lastId)));
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
    const page = await next;
    if (page.lastId === undefined) {
      if (unsaved > 0) {
        await control.saveCheckpoint(cp, {
          done: cp.report.products,
          total: options.total,
          note: 'products',
        });
      }
      return { checkpoint: cp, stopped: false };
    }
    const analysed = page.products.length > 0 || page.states.size > 0;
    const { planned, vanished } = analysed
      ? await planPage(env.store, env.context, page.products, await memoryFor(), page.states)
      : { planned: [], vanished: [] };
    const report = copyReport(cp.report);
    let halted = cp.halted;
    if (options.deps && analysed) {
      const outcome = await applyPage(options.deps, planned, vanished, options.quota, halted);
      report.batches += outcome.batches;
      report.itemsSent += outcome.itemsSent;
      halted = outcome.halted;
      // After the page's data is written: a crash before this only costs analysing these products again.
      const quiet = quietAfterPlan(planned, vanished, page.fingerprints, page.records);
      await saveQuietRecords(env.store, quiet.save, new Date(env.clock.now()));
      await forgetQuietRecords(env.store, quiet.forget);
    } else if (!real && env.jobId !== null) {
      // A dry run writes no state, only its verdicts: the product list shows them and filters by them.
      await writeDryRunVerdicts(env.store, env.jobId, planned, vanished, new Date(env.clock.now()));
    }
    countPlan(report, page.read, planned, vanished.filter((r) => decideVanished(r) === 'archive').length);
    countQuiet(report, page.quietActions);
    cp = { ...cp, afterId: page.lastId, halted, report };
    unsaved += 1;
    if ((real && analysed) || unsaved === PAGES_PER_SAVE) {
      await control.saveCheckpoint(cp, { done: report.products, total: options.total, note: 'products' });
      unsaved = 0;
    }
  }
}
