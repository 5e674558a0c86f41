import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { and, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/mysql2';
import { activeJobStates, jobStateEnded } from '../contract/values';
import type { StoreDb } from '../db/connection';
import { withNamedLock } from '../db/named-lock';
import { databaseUnavailable } from '../db/unavailable';
import { errorReport, errorText } from '../log/error-text';
import type { Lifecycle } from '../services/lifecycle';
import type { Enqueued, JobDefinition, JobProgress, JobServices } from './define';
import { JobTakenOverError, ownedJobRow } from './owned-row';

export type JobRow = StoreDb['own']['jobs']['$inferSelect'];
export type JobState = JobRow['state'];

export interface JobRunnerOptions {
  /** How often a running job proves it is alive. */
  readonly heartbeatMs?: number;
  /** A running job whose heartbeat is older than this belongs to a dead bridge and is taken over. */
  readonly staleMs?: number;
  /** How often the runner looks for work when nothing woke it. */
  readonly pollMs?: number;
  readonly maxConcurrent?: number;
}

/** An update for subscribers: the job's row after each change. */
export type JobEvent = { readonly job: JobRow };

const ACTIVE: JobState[] = [...activeJobStates];

/**
 * Lost database connections in a row, with no checkpoint saved between them, after which a job is failed after
 * all: a statement that makes the server drop the connection every time (a packet over max_allowed_packet) would
 * otherwise be retried for ever. An outage costs no attempts: while the database is down no claim succeeds.
 */
const MAX_LOSSES_WITHOUT_PROGRESS = 10;

/** The first active job of each kind, oldest first: only it may run (one run per kind, in the order asked). */
function headsOfKinds(active: readonly JobRow[]): JobRow[] {
  const heads = new Map<string, JobRow>();
  for (const job of active) {
    if (!heads.has(job.kind)) {
      heads.set(job.kind, job);
    }
  }
  return [...heads.values()];
}

/** JSON as stored: what a job's params look like read back, so that a fresh request compares like for like. */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

/**
 * Runs resumable jobs stored in the jobs table. Jobs of one kind run one at a time, oldest first: a request for
 * the same work as a queued or running job joins it, any other is queued behind the kind's last job, so
 * overlapping runs cannot double anything. Claims are atomic UPDATEs, so two bridges on one store never run the
 * same job; a job whose owner died is resumed from its last checkpoint, and so is one whose database connection
 * was lost.
 */
export function createJobRunner(
  deps: Omit<JobServices, 'jobs'> & { readonly lifecycle: Lifecycle },
  definitions: readonly JobDefinition[],
  options: JobRunnerOptions = {},
) {
  const { store, clock, lifecycle } = deps;
  const jobs = store.own.jobs;
  const heartbeatMs = options.heartbeatMs ?? 2_000;
  const staleMs = options.staleMs ?? 10_000;
  const pollMs = options.pollMs ?? 1_000;
  const maxConcurrent = options.maxConcurrent ?? 2;
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const byKind = new Map(definitions.map((d) => [d.kind, d]));
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const running = new Map<string, AbortController>();
  // Jobs between the look that found them and their run's start: neither running here yet nor anyone else's.
  const claiming = new Set<string>();
  // Lost database connections per job since its last checkpoint (see MAX_LOSSES_WITHOUT_PROGRESS).
  const losses = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;
  let stopped = false;

  const now = (): Date => new Date(clock.now());
  // Enqueues of this process wait here rather than each holding a pooled connection while the lock is taken.
  let enqueueQueue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = enqueueQueue.then(work, work);
    enqueueQueue = turn.catch(() => undefined);
    return turn;
  };

  async function read(id: string): Promise<JobRow | undefined> {
    const rows = await store.db.select().from(jobs).where(eq(jobs.id, id)).limit(1);
    return rows[0];
  }

  async function publish(id: string): Promise<void> {
    const job = await read(id);
    if (job) {
      events.emit(id, { job } satisfies JobEvent);
    }
  }

  /**
   * Whether this runner may take the job: queued, or left running by a bridge whose heartbeat stopped, or left
   * running by this very runner, which is not running it (its run ended on a lost database connection and could
   * not even hand it back).
   */
  function claimable(job: JobRow, staleBefore: Date): boolean {
    if (running.has(job.id) || claiming.has(job.id)) {
      return false;
    }
    return (
      job.state === 'queued' ||
      job.owner === owner ||
      (job.heartbeatAt !== null && job.heartbeatAt < staleBefore)
    );
  }

  async function claim(job: JobRow, staleBefore: Date): Promise<boolean> {
    const [result] = await store.db
      .update(jobs)
      .set({ state: 'running', owner, heartbeatAt: now(), startedAt: job.startedAt ?? now() })
      .where(
        and(
          eq(jobs.id, job.id),
          or(
            eq(jobs.state, 'queued'),
            and(eq(jobs.state, 'running'), or(lt(jobs.heartbeatAt, staleBefore), eq(jobs.owner, owner))),
          ),
        ),
      );
    return result.affectedRows === 1;
  }

  /**
   * The database dropped the connection, or is down: the work is not wrong, only interrupted. The job is handed
   * back and resumes from its last checkpoint at the next look for work, on a fresh pooled connection. When even
   * the hand-back cannot be written, the job stays this runner's, which takes it up again once the database
   * answers (see `claimable`).
   */
  async function resumeLater(job: JobRow, error: unknown, handBack: () => Promise<void>): Promise<void> {
    await handBack().catch(() => undefined);
    await deps.log
      .write({
        level: 'warning',
        kind: 'sync',
        jobId: job.id,
        message: `${job.kind} lost its database connection (${errorText(error)}); it resumes from its last checkpoint`,
      })
      .catch(() => undefined);
  }

  async function execute(job: JobRow): Promise<void> {
    const definition = byKind.get(job.kind);
    const controller = new AbortController();
    running.set(job.id, controller);
    const onShutdown = (): void => controller.abort(lifecycle.signal.reason);
    lifecycle.signal.addEventListener('abort', onShutdown, { once: true });
    const row = ownedJobRow(store, job.id, owner);
    const beat = setInterval(() => {
      row.update({ heartbeatAt: now() }).catch((error: unknown) => {
        // Any other failure is passing (the next beat retries); a stale heartbeat only lets another bridge in.
        if (error instanceof JobTakenOverError) {
          // Stop at once rather than at the next checkpoint, which would be refused anyway.
          controller.abort(error);
        }
      });
    }, heartbeatMs);
    const finish = async (state: JobState, error: string | null, summary?: string): Promise<void> => {
      await row.update({
        state,
        error,
        owner: state === 'queued' ? null : owner,
        finishedAt: state === 'queued' ? null : now(),
        ...(summary !== undefined ? { summary: summary.slice(0, 500) } : {}),
      });
    };
    try {
      if (!definition) {
        throw new Error(`no handler for job kind '${job.kind}' in this bridge version`);
      }
      const jobServices: JobServices = {
        config: deps.config,
        store,
        clock,
        log: deps.log,
        settings: deps.settings,
        jobs: runner,
      };
      const params = definition.params.parse(job.params);
      const saved = definition.checkpoint.safeParse(job.checkpoint);
      const progress = async (p: JobProgress): Promise<void> => {
        await row.update({ progressDone: p.done, progressTotal: p.total, heartbeatAt: now() });
        await publish(job.id);
      };
      const summary = await definition.run({
        jobId: job.id,
        params,
        checkpoint: job.checkpoint === null || !saved.success ? undefined : saved.data,
        signal: controller.signal,
        services: jobServices,
        progress,
        async saveCheckpoint(checkpoint, p) {
          await row.update({
            checkpoint: definition.checkpoint.parse(checkpoint),
            heartbeatAt: now(),
            ...(p ? { progressDone: p.done, progressTotal: p.total } : {}),
          });
          losses.delete(job.id);
          if (p) {
            await publish(job.id);
          }
        },
        log: (entry) => jobServices.log.write({ kind: 'sync', ...entry, jobId: job.id }),
      });
      if (controller.signal.aborted && lifecycle.draining) {
        await finish('queued', null);
      } else if (controller.signal.aborted) {
        await finish('cancelled', 'cancelled by the merchant');
      } else {
        await finish('done', null, summary);
      }
    } catch (error) {
      if (error instanceof JobTakenOverError || controller.signal.reason instanceof JobTakenOverError) {
        // The job is another bridge's now: its row is not ours to write.
        await deps.log.write({ level: 'warning', kind: 'sync', jobId: job.id, message: errorText(error) });
      } else if (controller.signal.aborted && lifecycle.draining) {
        // Shut down mid-run: hand the job back so the next start resumes it from its checkpoint at once.
        await finish('queued', null);
      } else if (controller.signal.aborted) {
        await finish('cancelled', 'cancelled by the merchant');
      } else if (databaseUnavailable(error) && (losses.get(job.id) ?? 0) + 1 < MAX_LOSSES_WITHOUT_PROGRESS) {
        losses.set(job.id, (losses.get(job.id) ?? 0) + 1);
        await resumeLater(job, error, () => finish('queued', null));
      } else {
        losses.delete(job.id);
        const message = errorText(error);
        await finish('failed', message);
        await deps.log.write({
          level: 'error',
          kind: 'sync',
          jobId: job.id,
          message: `${job.kind} failed: ${message}`,
        });
      }
    } finally {
      clearInterval(beat);
      lifecycle.signal.removeEventListener('abort', onShutdown);
      running.delete(job.id);
      await publish(job.id).catch(() => undefined);
    }
  }

  async function tick(): Promise<void> {
    if (stopped || lifecycle.draining || running.size >= maxConcurrent) {
      return;
    }
    const staleBefore = new Date(clock.now() - staleMs);
    // Few rows: only jobs not yet ended. A kind's later jobs wait for its first, whoever runs that one.
    const active = await store.db
      .select()
      .from(jobs)
      .where(inArray(jobs.state, ACTIVE))
      .orderBy(jobs.createdAt, jobs.id);
    for (const job of headsOfKinds(active)) {
      if (running.size + claiming.size >= maxConcurrent || stopped) {
        break;
      }
      if (!claimable(job, staleBefore)) {
        continue;
      }
      claiming.add(job.id);
      try {
        if (!(await claim(job, staleBefore))) {
          continue;
        }
        if (stopped || lifecycle.draining) {
          // Stopped while claiming: hand the job back for the next start rather than leave it looking alive.
          await store.db
            .update(jobs)
            .set({ state: 'queued', owner: null })
            .where(and(eq(jobs.id, job.id), eq(jobs.owner, owner)));
          break;
        }
        void lifecycle
          .track(() => execute(job))
          .catch((error: unknown) => {
            // Only its end state failed to be written (the database went away): the job stays `running`, and
            // this runner (or, once its heartbeat is stale, another bridge) resumes it from its checkpoint.
            console.error(`job ${job.id} (${job.kind}): ${errorReport(error)}`);
          });
      } finally {
        // Only now: `execute` has put the job among the running ones, so no concurrent look takes it for
        // this runner's orphan and starts it twice.
        claiming.delete(job.id);
      }
    }
  }

  function schedule(delay: number): void {
    if (stopped) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      ticking = tick()
        .catch((error: unknown) => console.error(`job runner: ${errorReport(error)}`))
        .finally(() => {
          ticking = undefined;
          schedule(pollMs);
        });
    }, delay);
  }

  const runner = {
    owner,
    /** Starts looking for work, including jobs a dead bridge left running. */
    start(): void {
      stopped = false;
      schedule(0);
    },
    /**
     * Stops looking for work; resolves once a look already under way has ended, so that nothing is claimed
     * (or queried) after it. Running jobs go on until the lifecycle's shutdown signal stops them.
     */
    stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      return ticking ?? Promise.resolve();
    },

    /**
     * Queues a job, or joins the queued or running job of its kind that would do the same work; any other job of
     * the kind is queued behind the last one asked (and runs when those before it have ended).
     */
    async enqueue(kind: string, params: unknown): Promise<Enqueued> {
      const definition = byKind.get(kind);
      if (!definition) {
        throw new Error(`unknown job kind '${kind}'`);
      }
      const parsed = definition.params.parse(params);
      const workOf = (p: unknown): unknown => asStored(definition.work ? definition.work(p) : p);
      const wanted = workOf(parsed);
      const sameWork = (stored: unknown): boolean => {
        const read = definition.params.safeParse(stored);
        return read.success && isDeepStrictEqual(workOf(read.data), wanted);
      };
      // Look-then-insert under one lock per store: two requests (or two bridges) at once would both find no
      // active job and queue two, and two exports running side by side could send a product twice.
      const lock = `${store.prefix}meschain_ozon_enqueue`;
      const queued = await oneAtATime(() =>
        withNamedLock(store.pool, lock, 10, async (connection) => {
          // On the lock's own connection: a pool busy with waiters cannot starve the holder.
          const db = drizzle(connection, { mode: 'default' });
          const active = await db
            .select({ id: jobs.id, params: jobs.params, createdAt: jobs.createdAt })
            .from(jobs)
            .where(and(eq(jobs.kind, kind), inArray(jobs.state, ACTIVE)))
            .orderBy(jobs.createdAt, jobs.id);
          // The latest such job: one still queued sees everything asked before it.
          const same = active.findLastIndex((job) => sameWork(job.params));
          const joined = active[same];
          if (joined) {
            const before = active[same - 1];
            return { id: joined.id, existing: true, ...(before ? { after: before.id } : {}) };
          }
          const id = randomUUID();
          const last = active.at(-1);
          // Strictly after the kind's last job, which is the order they run in (two requests can share a
          // millisecond, and another bridge's clock may be behind this one's).
          const createdAt = new Date(Math.max(clock.now(), (last?.createdAt.getTime() ?? 0) + 1));
          await db.insert(jobs).values({ id, kind, state: 'queued', params: parsed, createdAt });
          return { id, existing: false, ...(last ? { after: last.id } : {}) };
        }),
      );
      if (!queued.existing) {
        schedule(0);
      }
      return queued;
    },

    get: read,

    async list(filter: { kind?: string; state?: JobState; limit?: number } = {}): Promise<JobRow[]> {
      const where: SQL[] = [];
      if (filter.kind) {
        where.push(eq(jobs.kind, filter.kind));
      }
      if (filter.state) {
        where.push(eq(jobs.state, filter.state));
      }
      return store.db
        .select()
        .from(jobs)
        .where(and(...where))
        .orderBy(desc(jobs.createdAt))
        .limit(filter.limit ?? 20);
    },

    /** Cancels a queued job at once, or asks a running one to stop at its next checkpoint. */
    async cancel(id: string): Promise<JobRow | undefined> {
      // Taking the owner away is what stops a run in another bridge or CLI process too: its next heartbeat or
      // checkpoint write no longer matches, and it stops without writing anything more.
      await store.db
        .update(jobs)
        .set({ state: 'cancelled', owner: null, finishedAt: now(), error: 'cancelled by the merchant' })
        .where(and(eq(jobs.id, id), inArray(jobs.state, ACTIVE)));
      running.get(id)?.abort(new Error('cancelled'));
      await publish(id);
      return read(id);
    },

    /** True while this runner executes the job (in this process). */
    isRunning(id: string): boolean {
      return running.has(id);
    },

    /** Calls `listener` on every change of the job until the returned function is called. */
    subscribe(id: string, listener: (event: JobEvent) => void): () => void {
      events.on(id, listener);
      return () => events.off(id, listener);
    },

    /** Resolves when the job has ended (done, failed or cancelled), or undefined after `timeoutMs`. */
    async waitFor(id: string, timeoutMs: number): Promise<JobRow | undefined> {
      const deadline = clock.now() + timeoutMs;
      while (clock.now() < deadline) {
        const job = await read(id);
        if (job && jobStateEnded(job.state)) {
          return job;
        }
        await clock.sleep(100);
      }
      return undefined;
    },
  };
  return runner;
}

export type JobRunner = ReturnType<typeof createJobRunner>;
