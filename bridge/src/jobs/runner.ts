import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { and, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/mysql2';
import type { StoreDb } from '../db/connection';
import { withNamedLock } from '../db/named-lock';
import { errorReport, errorText } from '../log/error-text';
import type { Lifecycle } from '../services/lifecycle';
import type { JobDefinition, JobProgress, JobServices } from './define';
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

const ACTIVE: JobState[] = ['queued', 'running'];

/**
 * Runs resumable jobs stored in the jobs table. One queued-or-running job per kind (a second request joins the
 * running one, so overlapping runs cannot double anything); claims are atomic UPDATEs, so two bridges on one
 * store never run the same job; a job whose owner died is resumed from its last checkpoint.
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

  async function claim(job: JobRow): Promise<boolean> {
    const staleBefore = new Date(clock.now() - staleMs);
    const [result] = await store.db
      .update(jobs)
      .set({ state: 'running', owner, heartbeatAt: now(), startedAt: job.startedAt ?? now() })
      .where(
        and(
          eq(jobs.id, job.id),
          or(eq(jobs.state, 'queued'), and(eq(jobs.state, 'running'), lt(jobs.heartbeatAt, staleBefore))),
        ),
      );
    return result.affectedRows === 1;
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
      } else {
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
    const candidates = await store.db
      .select()
      .from(jobs)
      .where(or(eq(jobs.state, 'queued'), and(eq(jobs.state, 'running'), lt(jobs.heartbeatAt, staleBefore))))
      .orderBy(jobs.createdAt)
      .limit(maxConcurrent);
    for (const job of candidates) {
      if (running.size >= maxConcurrent || running.has(job.id) || stopped) {
        break;
      }
      if (!(await claim(job))) {
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
          // Only its end state failed to be written (the database went away): the job stays `running` and
          // is resumed from its checkpoint once its heartbeat is stale; say why on the console.
          console.error(`job ${job.id} (${job.kind}): ${errorReport(error)}`);
        });
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

    /** Queues a job, or returns the queued or running job of the same kind. */
    async enqueue(kind: string, params: unknown): Promise<{ id: string; existing: boolean }> {
      const definition = byKind.get(kind);
      if (!definition) {
        throw new Error(`unknown job kind '${kind}'`);
      }
      const parsed = definition.params.parse(params);
      // Look-then-insert under one lock per store: two requests (or two bridges) at once would both find no
      // active job and queue two, and two exports running side by side could send a product twice.
      const lock = `${store.prefix}meschain_ozon_enqueue`;
      const queued = await oneAtATime(() =>
        withNamedLock(store.pool, lock, 10, async (connection) => {
          // On the lock's own connection: a pool busy with waiters cannot starve the holder.
          const db = drizzle(connection, { mode: 'default' });
          const active = await db
            .select({ id: jobs.id })
            .from(jobs)
            .where(and(eq(jobs.kind, kind), inArray(jobs.state, ACTIVE)))
            .limit(1);
          if (active[0]) {
            return { id: active[0].id, existing: true };
          }
          const id = randomUUID();
          await db.insert(jobs).values({ id, kind, state: 'queued', params: parsed, createdAt: now() });
          return { id, existing: false };
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
        if (job && !ACTIVE.includes(job.state)) {
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
