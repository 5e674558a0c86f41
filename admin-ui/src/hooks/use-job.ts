import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { jobStateEnded } from '../../../bridge/src/contract/values';
import type { JobView } from '../api/client';
import { isAbort, type PanelApiError } from '../api/errors';
import { usePanel } from '../context';
import { nextPollDelay, type PollRange } from './poll-delay';
import { toPanelError } from './use-resource';

/** A job that moves is read every second; one that waits (Ozon's moderation) every 10 s at most. */
const POLL: PollRange = { min: 1000, max: 10_000 };

/** True once the job is done, failed or cancelled: nothing more will change it. */
export const jobEnded = (job: JobView | undefined): boolean => job !== undefined && jobStateEnded(job.state);

export interface JobTracker {
  /** The tracked job as last read; undefined before one is known. */
  readonly job: JobView | undefined;
  readonly error: PanelApiError | undefined;
  /** Follow this job (after starting one). */
  track(id: string): void;
  /** Looks again for a queued or running job of the kind (one another job has just started). */
  lookup(): void;
}

/**
 * Follows a background job of one kind. On mount it picks up a job of that kind that is still queued or
 * running, so that a progress bar survives a page reload; then it polls the job until it ends, less often while
 * it does not move. Polling (not the ndjson stream) because it works the same through OpenCart's PHP proxy and
 * the bridge, and holds no PHP worker for the half hour a moderation may take.
 */
export function useJob(kind: string, onEnd?: (job: JobView) => void): JobTracker {
  const { api } = usePanel();
  const [jobId, setJobId] = useState<string | undefined>(undefined);
  const [job, setJob] = useState<JobView | undefined>(undefined);
  const [error, setError] = useState<PanelApiError | undefined>(undefined);
  const [lookups, setLookups] = useState(0);
  const onEndRef = useRef(onEnd);
  onEndRef.current = onEnd;

  useEffect(() => {
    const controller = new AbortController();
    api.jobs.list({ kind, limit: 1 }, { signal: controller.signal }).then(
      ({ items }) => {
        const latest = items[0];
        if (latest && !jobEnded(latest)) {
          // On mount the job found is followed; a later lookup (another job started this one) takes the newest.
          setJobId((current) => (current === undefined || lookups > 0 ? latest.id : current));
        }
      },
      (e: unknown) => {
        if (!isAbort(e)) {
          setError(toPanelError(e));
        }
      },
    );
    return () => controller.abort();
  }, [api, kind, lookups]);

  useEffect(() => {
    if (jobId === undefined) {
      return undefined;
    }
    const controller = new AbortController();
    let timer: number | undefined;
    let delay = POLL.min;
    let seen = '';
    const poll = async (): Promise<void> => {
      try {
        const next = await api.jobs.get(jobId, { signal: controller.signal });
        setJob(next);
        setError(undefined);
        if (jobEnded(next)) {
          onEndRef.current?.(next);
          return;
        }
        const now = `${next.state} ${next.done} ${next.total} ${next.summary ?? ''}`;
        delay = now === seen ? nextPollDelay(delay, POLL) : POLL.min;
        seen = now;
      } catch (e) {
        if (isAbort(e)) {
          return;
        }
        setError(toPanelError(e));
        delay = nextPollDelay(delay, POLL);
      }
      timer = window.setTimeout(poll, delay);
    };
    void poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [api, jobId]);

  const lookup = useCallback(() => setLookups((n) => n + 1), []);
  return { job, error, track: setJobId, lookup };
}
