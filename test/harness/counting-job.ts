import { z } from 'zod';
import { defineJob } from '../../bridge/src/jobs/define';

/**
 * A resumable job that counts from 1 to `to`, saving a checkpoint after each item and holding before each item
 * while its gate is closed. `processed` keeps every item done, across runs and restarts, so that a test can
 * prove nothing was skipped or done twice.
 */
export function countingJob(kind: string) {
  const processed: number[] = [];
  let gate: Promise<void> = Promise.resolve();
  const job = defineJob({
    kind,
    params: z.object({ to: z.number().int() }),
    checkpoint: z.object({ next: z.number().int() }),
    async run(ctx) {
      for (let i = ctx.checkpoint?.next ?? 1; i <= ctx.params.to; i++) {
        if (ctx.signal.aborted) {
          return undefined;
        }
        await gate;
        processed.push(i);
        await ctx.saveCheckpoint({ next: i + 1 }, { done: i, total: ctx.params.to });
      }
      return `${ctx.params.to} counted`;
    },
  });
  return {
    job,
    processed,
    /** Holds the job before its next item until the returned function is called. */
    closeGate(): () => void {
      let release: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      return release;
    },
    openGate(): void {
      gate = Promise.resolve();
    },
  };
}
