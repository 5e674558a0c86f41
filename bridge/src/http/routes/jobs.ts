import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { type JobListResponse, type JobView, jobListQuerySchema } from '../../contract/jobs';
import { jobStateEnded } from '../../contract/values';
import type { JobEvent, JobRow } from '../../jobs/runner';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { validQuery } from '../validate';

/** Shapes a job row for the API (params and checkpoint stay internal). */
export function toJobView(job: JobRow): JobView {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    done: job.progressDone,
    total: job.progressTotal,
    error: job.error,
    summary: job.summary,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export const jobRoutes = new Hono<AppEnv>()
  .get('/', validQuery(jobListQuerySchema, 'job filter'), async (c) => {
    const { kind, state, limit } = c.req.valid('query');
    const rows = await c
      .get('services')
      .jobs.list({ ...(kind ? { kind } : {}), ...(state ? { state } : {}), limit });
    const body: JobListResponse = { items: rows.map(toJobView) };
    return c.json(body);
  })
  .get('/:id', async (c) => {
    const job = await c.get('services').jobs.get(c.req.param('id'));
    if (!job) {
      throw new ApiError('NOT_FOUND', `no job ${c.req.param('id')}`);
    }
    return c.json(toJobView(job));
  })
  .post('/:id/cancel', async (c) => {
    const job = await c.get('services').jobs.cancel(c.req.param('id'));
    if (!job) {
      throw new ApiError('NOT_FOUND', `no job ${c.req.param('id')}`);
    }
    return c.json(toJobView(job));
  })
  /**
   * Newline-delimited JSON: the job now, then every change until it ends. A line every 15 s keeps proxies
   * (OpenCart's PHP forwarding this stream) from timing the connection out.
   */
  .get('/:id/stream', async (c) => {
    const { jobs } = c.get('services');
    const first = await jobs.get(c.req.param('id'));
    if (!first) {
      throw new ApiError('NOT_FOUND', `no job ${c.req.param('id')}`);
    }
    c.header('content-type', 'application/x-ndjson');
    return stream(c, async (out) => {
      let ended = jobStateEnded(first.state);
      await out.writeln(JSON.stringify(toJobView(first)));
      if (ended) {
        return;
      }
      let wake: (() => void) | undefined;
      const pending: JobEvent[] = [];
      const unsubscribe = jobs.subscribe(first.id, (event) => {
        pending.push(event);
        wake?.();
      });
      out.onAbort(() => {
        ended = true;
        wake?.();
      });
      try {
        while (!ended) {
          // Changes that came while the last lines were written are sent at once: waiting first would hold the
          // job's last line (its end) back until the keep-alive timer.
          if (pending.length === 0) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, 15_000);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake = undefined;
          }
          const batch = pending.splice(0);
          if (batch.length === 0 && !ended) {
            const job = await jobs.get(first.id);
            if (job) {
              batch.push({ job });
            }
          }
          for (const { job } of batch) {
            await out.writeln(JSON.stringify(toJobView(job)));
            ended ||= jobStateEnded(job.state);
          }
        }
      } finally {
        unsubscribe();
      }
    });
  });
