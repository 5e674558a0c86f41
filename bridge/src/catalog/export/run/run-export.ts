import { count, inArray } from 'drizzle-orm';
import type { StoreDb } from '../../../db/connection';
import { textLanguageNote } from '../../../settings/text-language';
import { saveChangeMark } from '../../changes/change-mark';
import { runScope } from '../../changes/run-scope';
import { type ExportReport, emptyReport } from '../plan/export-report';
import { clearDryRunVerdicts } from '../state/dry-run-verdicts';
import { type ExportDeps, timingOf } from '../steps/deps';
import type { QuotaLeft } from '../steps/send-imports';
import type { ExportCheckpoint, ExportParams } from './job-schemas';
import { archiveDeletedProducts } from './phase-deleted';
import type { Resender } from './phase-ozon';
import { runPages } from './phase-pages';
import { quotaLeft, quotaNote, readQuota } from './quota';
import { depsOf, type RunControl, type RunEnv } from './run-env';
import { runFollow } from './run-follow';
import { saveRunReport } from './run-report';

async function countProducts(store: StoreDb, onlyIds: readonly number[] | undefined): Promise<number> {
  const p = store.oc.product;
  const query = store.db.select({ n: count() }).from(p);
  const [row] = await (onlyIds
    ? query.where(inArray(p.productId, onlyIds.length > 0 ? [...onlyIds] : [-1]))
    : query);
  return row?.n ?? 0;
}

/**
 * What a real whole-catalogue run reads (every product, or those changed since the last complete one) and the
 * mark it records when it completes; said in the run's log. Dry runs and runs of named products record none.
 */
async function wholeCatalogueScope(
  env: RunEnv,
  params: ExportParams,
): Promise<Pick<ExportCheckpoint, 'narrowedIds' | 'mark'>> {
  if (params.dryRun || params.onlyIds !== undefined) {
    return {};
  }
  const scope = await runScope(env.store, {
    wanted: params.scope,
    now: env.clock.now(),
    context: env.context.fingerprint,
  });
  await env.log({ level: 'info', message: scope.reason });
  return { mark: scope.mark, ...(scope.ids ? { narrowedIds: scope.ids } : {}) };
}

/** A one-line summary for the job list and the CLI. */
export function summarise(report: ExportReport, dryRun: boolean): string {
  const a = report.actions;
  const parts = dryRun
    ? [`would create ${a.create ?? 0}`, `update ${a.update ?? 0}`, `unchanged ${a.unchanged ?? 0}`]
    : [
        `sent ${report.itemsSent} in ${report.batches} tasks`,
        `live ${report.settled.live}`,
        `failed ${report.settled.failed}`,
      ];
  parts.push(`invalid ${a.invalid ?? 0}`, `not mapped ${a.not_mapped ?? 0}`);
  const line = `${report.products} products / ${report.units} Ozon items: ${parts.join(', ')}`;
  const sendable = (a.create ?? 0) + (a.update ?? 0) + (a.unchanged ?? 0) + (a.unarchive ?? 0);
  const heldBack = (a.invalid ?? 0) + (a.not_mapped ?? 0);
  const [first] = report.heldBack;
  // Nothing can go, all for one reason (no exchange rate, no mapping yet): the line says what to do.
  return sendable === 0 && first !== undefined && first.units === heldBack
    ? `${line}. ${first.message}`
    : line;
}

/**
 * One product export (or dry run), resumable: pages of products are planned, written and sent with a checkpoint
 * after each; then (real runs) products deleted from the store are archived, sent tasks are polled until settled
 * and moderation is followed until the cards are live or the wait is over, here (`follow: 'inline'`) or by the
 * follow-up job the export job starts (run-follow.ts).
 */
export async function runExport(env: RunEnv, params: ExportParams, control: RunControl): Promise<string> {
  const timing = timingOf(params.timing);
  const dry = params.dryRun;
  const quotaView = await readQuota(env.ozon, control.signal);
  const { language } = env.context.store;
  const { code, name, source } = language;
  if (!control.checkpoint) {
    // Said once per run: a store without the chosen language must not have its texts switched silently.
    await env.log({ level: 'info', message: textLanguageNote(language) });
  }
  let cp: ExportCheckpoint = control.checkpoint ?? {
    phase: 'pages',
    afterId: 0,
    resendIds: [],
    halted: false,
    report: { ...emptyReport(), quota: quotaView, textLanguage: { code, name, source } },
    ...(await wholeCatalogueScope(env, params)),
  };
  const onlyIds = params.onlyIds ?? cp.narrowedIds;
  const total = await countProducts(env.store, onlyIds);
  if (!dry && !env.ozon) {
    throw new Error('a real export needs Ozon credentials (settings)');
  }
  if (dry && env.jobId !== null && control.checkpoint === undefined) {
    // The list shows the last dry run's verdicts, as its report does; a resumed run keeps what it wrote.
    await clearDryRunVerdicts(env.store);
  }
  const deps: ExportDeps | undefined =
    env.ozon && !dry ? depsOf(env, env.ozon, control.signal, timing) : undefined;
  const save = async (next: ExportCheckpoint, done = next.report.products): Promise<void> => {
    await saveRunReport(env, dry, next.report, false);
    await control.saveCheckpoint(next, { done, total });
    cp = next;
  };
  const quota: QuotaLeft = quotaLeft(quotaView);
  if (cp.phase === 'pages') {
    const result = await runPages(env, { ...control, saveCheckpoint: (c) => save(c) }, cp, {
      onlyIds,
      total,
      deps,
      quota,
    });
    if (result.stopped) {
      return summarise(cp.report, dry);
    }
    const report = { ...result.checkpoint.report, quotaNote: quotaNote(result.checkpoint.report) };
    await save({ ...result.checkpoint, report, phase: deps ? 'deleted' : 'done' });
  }
  if (deps && cp.phase === 'deleted') {
    if (params.onlyIds === undefined) {
      await archiveDeletedProducts(deps, cp.narrowedIds);
    }
    await save({ ...cp, phase: params.follow === 'inline' ? 'settle' : 'done' });
  }
  if (deps && (cp.phase === 'settle' || cp.phase === 'moderation')) {
    // Inline follow-up (tests, one-off runs): the same steps as the follow-up job; lost imports are sent again
    // through the page path right here.
    const resend: Resender = {
      async send(productIds) {
        const scratch: ExportCheckpoint = { ...cp, afterId: 0, report: emptyReport() };
        await runPages(env, { ...control, saveCheckpoint: async () => {} }, scratch, {
          onlyIds: productIds,
          total,
          deps,
          quota,
        });
        return [];
      },
      // Sent right here, before the follow-up goes on.
      busy: async () => false,
    };
    const followed = await runFollow(
      env,
      { ...(params.timing ? { timing: params.timing } : {}) },
      {
        checkpoint: undefined,
        saveCheckpoint: async () => {},
        progress: control.progress,
        signal: control.signal,
      },
      resend,
    );
    await save({
      ...cp,
      report: { ...cp.report, settled: followed.counts },
      phase: control.signal.aborted ? cp.phase : 'done',
    });
  }
  if (cp.phase === 'done') {
    await saveRunReport(env, dry, cp.report, true);
    if (cp.mark) {
      await saveChangeMark(env.store, cp.mark, new Date(env.clock.now()));
    }
  }
  return summarise(cp.report, dry);
}
