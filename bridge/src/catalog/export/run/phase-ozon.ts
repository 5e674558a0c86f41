import type { ExportDeps } from '../steps/deps';
import { anyAwaitingOzon, followModeration } from '../steps/follow-moderation';
import { pollImports } from '../steps/poll-imports';
import { recheckUnresolved } from '../steps/recheck-unresolved';

/** How the follow-up gets products sent again, and whether sending is still under way. */
export interface Resender {
  /**
   * Sends products again (an export of just them); answers those it could not hand over yet (an export doing
   * other work is under way), which are offered again on the next pass.
   */
  send(productIds: readonly number[]): Promise<readonly number[]>;
  /**
   * True while an export is under way: its imports are not all written yet, and it hands them to this follow-up
   * (the one running), which must therefore not end before it.
   */
  busy(): Promise<boolean>;
}

/** Waits `ms` of clock time unless the run is stopped; false when it was. */
async function pause(deps: ExportDeps, ms: number): Promise<boolean> {
  try {
    await deps.clock.sleep(ms, deps.signal);
    return true;
  } catch {
    return false;
  }
}

/** Hands the backlog and the newly requeued products to `resend`; keeps what it could not take. */
async function resendBacklog(
  backlog: Set<number>,
  requeued: readonly number[],
  resend: Resender,
): Promise<void> {
  for (const id of requeued) {
    backlog.add(id);
  }
  if (backlog.size === 0) {
    return;
  }
  const left = await resend.send([...backlog]);
  backlog.clear();
  for (const id of left) {
    backlog.add(id);
  }
}

/**
 * Polls sent tasks (/v1/product/import/info) and re-checks imports with unknown outcome until none is open or
 * `settleWaitMs` has passed. Units of lost imports that never reached Ozon are handed to `resend` (which sends
 * them through the normal page path) as soon as Ozon has shown it never took them: each pass polls first, so a
 * later task Ozon has just processed is known to the re-check of the same pass. `backlog` holds products
 * waiting to be handed over, across passes and phases.
 */
export async function settleImports(
  deps: ExportDeps,
  resend: Resender,
  backlog: Set<number>,
): Promise<{ imported: number; failed: number; open: number }> {
  const deadline = deps.clock.now() + deps.timing.settleWaitMs;
  let imported = 0;
  let failed = 0;
  for (;;) {
    const poll = await pollImports(deps);
    const re = await recheckUnresolved(deps);
    await resendBacklog(backlog, re.requeuedProductIds, resend);
    imported += poll.imported + re.landed;
    failed += poll.failed;
    const open = poll.stillPending + re.stillUnknown + (backlog.size > 0 || (await resend.busy()) ? 1 : 0);
    if (open === 0 || deps.clock.now() >= deadline || !(await pause(deps, deps.timing.pollIntervalMs))) {
      return { imported, failed, open };
    }
  }
}

/**
 * Follows moderation (/v3/product/info/list) until no card is waiting, no import is open, nothing waits to be
 * sent again and no export is under way, or `moderationWaitMs` has passed.
 */
export async function followUntilLive(
  deps: ExportDeps,
  resend: Resender,
  backlog: Set<number>,
): Promise<{ live: number; failed: number; waiting: number; unknown: number }> {
  const deadline = deps.clock.now() + deps.timing.moderationWaitMs;
  let live = 0;
  let failed = 0;
  for (;;) {
    // Tasks left open by the settle phase (or sent by an export meanwhile) may finish; their units join moderation.
    await pollImports(deps);
    const re = await recheckUnresolved(deps);
    await resendBacklog(backlog, re.requeuedProductIds, resend);
    const pass = await followModeration(deps);
    live += pass.live;
    failed += pass.failed;
    const waiting =
      pass.waiting > 0 ||
      re.stillUnknown > 0 ||
      backlog.size > 0 ||
      (await anyAwaitingOzon(deps)) ||
      (await resend.busy());
    if (!waiting || deps.clock.now() >= deadline || !(await pause(deps, deps.timing.pollIntervalMs))) {
      return { live, failed, waiting: pass.waiting, unknown: re.stillUnknown };
    }
  }
}
