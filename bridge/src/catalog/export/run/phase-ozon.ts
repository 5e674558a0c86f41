import type { ExportDeps } from '../steps/deps';
import { anyAwaitingOzon, followModeration } from '../steps/follow-moderation';
import { pollImports } from '../steps/poll-imports';
import { recheckUnresolved } from '../steps/recheck-unresolved';

/** Waits `ms` of clock time unless the run is stopped; false when it was. */
async function pause(deps: ExportDeps, ms: number): Promise<boolean> {
  try {
    await deps.clock.sleep(ms, deps.signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Polls sent tasks (/v1/product/import/info) and re-checks imports with unknown outcome until none is open or
 * `settleWaitMs` has passed. Units of lost imports that never reached Ozon are handed to `resend` (which sends
 * them through the normal page path) as soon as their grace time is over.
 */
export async function settleImports(
  deps: ExportDeps,
  resend: (productIds: readonly number[]) => Promise<void>,
): Promise<{ imported: number; failed: number; open: number }> {
  const deadline = deps.clock.now() + deps.timing.settleWaitMs;
  let imported = 0;
  let failed = 0;
  for (;;) {
    const re = await recheckUnresolved(deps);
    if (re.requeuedProductIds.length > 0) {
      await resend(re.requeuedProductIds);
    }
    const poll = await pollImports(deps);
    imported += poll.imported + re.landed;
    failed += poll.failed;
    const open = poll.stillPending + re.stillUnknown;
    if (open === 0 || deps.clock.now() >= deadline || !(await pause(deps, deps.timing.pollIntervalMs))) {
      return { imported, failed, open };
    }
  }
}

/** Follows moderation (/v3/product/info/list) until no card is waiting or `moderationWaitMs` has passed. */
export async function followUntilLive(
  deps: ExportDeps,
  resend: (productIds: readonly number[]) => Promise<void>,
): Promise<{ live: number; failed: number; waiting: number }> {
  const deadline = deps.clock.now() + deps.timing.moderationWaitMs;
  let live = 0;
  let failed = 0;
  for (;;) {
    // Tasks left open by the settle phase (or sent by an export meanwhile) may finish; their units join moderation.
    const re = await recheckUnresolved(deps);
    if (re.requeuedProductIds.length > 0) {
      await resend(re.requeuedProductIds);
    }
    await pollImports(deps);
    const pass = await followModeration(deps);
    live += pass.live;
    failed += pass.failed;
    const waiting = pass.waiting > 0 || (await anyAwaitingOzon(deps));
    if (!waiting || deps.clock.now() >= deadline || !(await pause(deps, deps.timing.pollIntervalMs))) {
      return { live, failed, waiting: pass.waiting };
    }
  }
}
