import type { JobView } from '../api/client';
import { usePanel } from '../context';
import { jobEnded } from '../hooks/use-job';
import { ProgressBar } from './ProgressBar';

/** A job's progress bar with its summary or error underneath. */
export function JobProgress({ job, id }: { job: JobView | undefined; id?: string }) {
  const { t, fmt } = usePanel();
  if (!job) {
    return null;
  }
  const ended = jobEnded(job);
  return (
    <div class="meschain-job" id={id} data-job-state={job.state}>
      <ProgressBar
        done={job.done}
        total={job.total}
        active={!ended}
        failed={job.state === 'failed'}
        label={`${t(`job.state.${job.state}`)} · ${fmt.number(job.done)} / ${fmt.number(job.total)}`}
      />
      {job.summary ? <p class="small text-muted meschain-job-summary">{job.summary}</p> : null}
      {job.error ? <p class="small text-danger">{job.error}</p> : null}
    </div>
  );
}
