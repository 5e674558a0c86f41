import type { JobView } from '../api/client';
import { usePanel } from '../context';
import { jobEnded } from '../hooks/use-job';
import { ProgressBar } from './ProgressBar';

/** What the bar shows instead of the job's own done/total (a job that waits on others reports none). */
export interface JobMeasure {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

/** A job's progress bar with its summary (unless `summary` is false) or error underneath. */
export function JobProgress({
  job,
  id,
  measure,
  summary = true,
}: {
  job: JobView | undefined;
  id?: string;
  measure?: JobMeasure;
  summary?: boolean;
}) {
  const { t, fmt } = usePanel();
  if (!job) {
    return null;
  }
  const ended = jobEnded(job);
  return (
    <div class="meschain-job" id={id} data-job-state={job.state}>
      <ProgressBar
        done={measure?.done ?? job.done}
        total={measure?.total ?? job.total}
        active={!ended}
        failed={job.state === 'failed'}
        label={
          measure?.label ??
          `${t(`job.state.${job.state}`)} · ${fmt.number(job.done)} / ${fmt.number(job.total)}`
        }
      />
      {summary && job.summary ? <p class="small text-muted meschain-job-summary">{job.summary}</p> : null}
      {job.error ? <p class="small text-danger">{job.error}</p> : null}
    </div>
  );
}
