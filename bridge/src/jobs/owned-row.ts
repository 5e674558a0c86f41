import { and, eq } from 'drizzle-orm';
import type { StoreDb } from '../db/connection';

type JobsTable = StoreDb['own']['jobs'];
type JobUpdate = Partial<JobsTable['$inferInsert']>;

/**
 * Thrown into a run whose job another bridge has claimed (this one's heartbeat went stale, e.g. the machine
 * slept): the run must stop and write nothing more, or two bridges would both send and both checkpoint.
 */
export class JobTakenOverError extends Error {
  override readonly name = 'JobTakenOverError';
}

/**
 * The job's row as its owner writes it: every write is conditional on still owning the job, so a bridge that
 * lost the job to another can no longer overwrite its checkpoint, progress or end state.
 */
export function ownedJobRow(store: StoreDb, jobId: string, owner: string) {
  const jobs = store.own.jobs;
  const mine = and(eq(jobs.id, jobId), eq(jobs.owner, owner));
  return {
    /** Applies `set`; throws JobTakenOverError when another bridge owns the job now. */
    async update(set: JobUpdate): Promise<void> {
      const [result] = await store.db.update(jobs).set(set).where(mine);
      // FOUND_ROWS (mysql2's default) makes this the matched rows, so an unchanged row still counts as ours.
      if (result.affectedRows !== 1) {
        throw new JobTakenOverError(
          `job ${jobId} was cancelled or taken over by another bridge; this run stopped`,
        );
      }
    },
  };
}
