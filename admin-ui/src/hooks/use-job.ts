import { useEffect, useRef, useState } from 'preact/hooks';
import type { JobView } from '../api/client';
import { isAbort, type PanelApiError } from '../api/errors';
import { usePanel } from '../context';
import { toPanelError } from './use-resource';

const POLL_MS = 1000;
const ENDED: ReadonlySet<JobView['state']> = new Set(['done', 'failed', 'cancelled']);

/** True once the job is done, failed or cancelled: nothing more will change it. */
export const jobEnded = (job: JobView | undefined): boolean => job !== undefined && ENDED.has(job.state);

export interface JobTracker {
  /** The tracked job as last read; undefined before one is known. */
  readonly job: JobView | undefined;
  readonly error: PanelApiError | undefined;
  /** Follow this job (after starting one). */
  track(id: string): void;
}

/**
 * Follows a background job of one kind. On mount it picks up a job of that kind that is still queued or
 * running, so that a progress bar survives a page reload; then it polls the job until it ends. Polling (not
 * the ndjson stream) because it works the same through OpenCart's PHP proxy and the bridge.
 */
export function useJob(kind: string, onEnd?: (job: JobView) => void): JobTracker {
  const { api } = usePanel();
  const [jobId, setJobId] = useState<string | undefined>(undefined);
  const [job, setJob] = useState<JobView | undefined>(undefined);
  const [error, setError] = useState<PanelApiError | undefined>(undefined);
  const onEndRef = useRef(onEnd);
  onEndRef.current = onEnd;

  useEffect(() => {
    const controller = new AbortController();
    api.jobs.list({ kind, limit: 1 }, { signal: controller.signal }).then(
      ({ items }) => {
        const latest = items[0];
        if (latest && !jobEnded(latest)) {
          setJobId((current) => current ?? latest.id);
        }
      },
      (e: unknown) => {
        if (!isAbort(e)) {
          setError(toPanelError(e));
        }
      },
    );
    return () => controller.abort();
  }, [api, kind]);

  useEffect(() => {
    if (jobId === undefined) {
      return undefined;
    }
    const controller = new AbortController();
    let timer: number | undefined;
    const poll = async (): Promise<void> => {
      try {
        const next = await api.jobs.get(jobId, { signal: controller.signal });
        setJob(next);
        setError(undefined);
        if (jobEnded(next)) {
          onEndRef.current?.(next);
          return;
        }
      } catch (e) {
        if (isAbort(e)) {
          return;
        }
        setError(toPanelError(e));
      }
      timer = window.setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [api, jobId]);

  return { job, error, track: setJobId };
}
