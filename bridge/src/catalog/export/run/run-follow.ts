import { timingOf } from '../steps/deps';
import type { FollowCheckpoint, FollowParams } from './job-schemas';
import { followUntilLive, type Resender, settleImports } from './phase-ozon';
import { depsOf, type RunControl, type RunEnv } from './run-env';

/** Hooks of the follow-up job (the same shape as an export's, with its own checkpoint). */
export type FollowControl = Omit<RunControl, 'checkpoint' | 'saveCheckpoint'> & {
  readonly checkpoint: FollowCheckpoint | undefined;
  saveCheckpoint(checkpoint: FollowCheckpoint): Promise<void>;
};

/**
 * Follows what exports sent until Ozon has answered for all of it: import tasks polled until every item is
 * imported, failed or skipped (imports with unknown outcome re-checked by offer), then moderation followed until
 * the cards are live. Products of lost imports that never reached Ozon are handed to `resend` (an export of just
 * them; those it cannot take yet are kept and offered again). Resumable between the two phases; each phase is
 * idempotent.
 */
export async function runFollow(
  env: RunEnv,
  params: FollowParams,
  control: FollowControl,
  resend: Resender,
): Promise<{ summary: string; counts: { imported: number; failed: number; live: number } }> {
  if (!env.ozon) {
    throw new Error('following Ozon needs Ozon credentials (settings)');
  }
  const deps = depsOf(env, env.ozon, control.signal, timingOf(params.timing));
  let cp: FollowCheckpoint = control.checkpoint ?? {
    phase: 'settle',
    imported: 0,
    failed: 0,
    live: 0,
    resendIds: [],
  };
  const backlog = new Set(cp.resendIds);
  if (cp.phase === 'settle') {
    const settled = await settleImports(deps, resend, backlog);
    cp = {
      ...cp,
      imported: settled.imported,
      failed: settled.failed,
      resendIds: [...backlog],
      phase: control.signal.aborted ? 'settle' : 'moderation',
    };
    await control.saveCheckpoint(cp);
  }
  if (cp.phase === 'moderation' && !control.signal.aborted) {
    const followed = await followUntilLive(deps, resend, backlog);
    cp = {
      ...cp,
      live: followed.live,
      failed: cp.failed + followed.failed,
      resendIds: [...backlog],
      phase: control.signal.aborted ? 'moderation' : 'done',
    };
    await control.saveCheckpoint(cp);
    if ((followed.waiting > 0 || followed.unknown > 0) && !control.signal.aborted) {
      const open = [
        ...(followed.waiting > 0 ? [`${followed.waiting} still in moderation`] : []),
        ...(followed.unknown > 0
          ? [`${followed.unknown} imports whose answer was lost not yet shown by Ozon (never sent twice)`]
          : []),
      ];
      const summary = `${cp.imported} imported, ${cp.live} live, ${cp.failed} failed; ${open.join(', ')} (followed by the next export)`;
      return { summary, counts: countsOf(cp) };
    }
  }
  return { summary: `${cp.imported} imported, ${cp.live} live, ${cp.failed} failed`, counts: countsOf(cp) };
}

function countsOf(cp: FollowCheckpoint): { imported: number; failed: number; live: number } {
  return { imported: cp.imported, failed: cp.failed, live: cp.live };
}
