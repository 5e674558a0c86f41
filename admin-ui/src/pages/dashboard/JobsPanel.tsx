import type { JobView } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PanelBox } from '../../components/PanelBox';
import { StatusLabel, type Tone } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import type { Resource } from '../../hooks/use-resource';

const stateTone: Record<JobView['state'], Tone> = {
  queued: 'default',
  running: 'primary',
  done: 'success',
  failed: 'danger',
  cancelled: 'warning',
};

/** The latest background jobs with their state and progress (read and refreshed by the dashboard). */
export function JobsPanel({ jobs }: { jobs: Resource<{ items: JobView[] }> }) {
  const { t, fmt } = usePanel();
  return (
    <PanelBox title={t('dashboard.lastJob')} icon="tasks" body={false} id="meschain-jobs">
      <ErrorAlert error={jobs.error} />
      {jobs.data && jobs.data.items.length === 0 ? (
        <div class="panel-body">{t('dashboard.noJobs')}</div>
      ) : null}
      {jobs.data && jobs.data.items.length > 0 ? (
        <table class="table table-bordered table-hover">
          <tbody>
            {jobs.data.items.map((job) => (
              <tr key={job.id}>
                <td>
                  <strong>{job.kind}</strong>
                  <div class="small text-muted">{fmt.dateTime(job.createdAt)}</div>
                  {job.summary ? <div class="small">{job.summary}</div> : null}
                  {job.error ? <div class="small text-danger">{job.error}</div> : null}
                </td>
                <td class="text-right">
                  <StatusLabel tone={stateTone[job.state]}>{t(`job.state.${job.state}`)}</StatusLabel>
                  <div class="small">
                    {fmt.number(job.done)} / {fmt.number(job.total)}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </PanelBox>
  );
}
