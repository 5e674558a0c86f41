import { OZON_CATALOGUE_REFRESH_JOB } from '../../../../bridge/src/contract/values';
import type { OzonCacheStatus } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { jobEnded, useJob } from '../../hooks/use-job';

interface Props {
  readonly status: OzonCacheStatus | undefined;
  readonly onRefreshed: () => void;
}

/** How much of Ozon's catalogue the bridge holds, and the button (with progress) that downloads it. */
export function CatalogueCache({ status, onRefreshed }: Props) {
  const { api, t, fmt, config } = usePanel();
  const tracker = useJob(OZON_CATALOGUE_REFRESH_JOB, onRefreshed);
  const start = useAction(async () => {
    const started = await api.mapping.refresh({ tree: true });
    tracker.track(started.jobId);
    return started;
  });
  const running = tracker.job !== undefined && !jobEnded(tracker.job);
  const empty = status !== undefined && status.leaves === 0;
  return (
    <div class={`alert ${empty ? 'alert-warning' : 'alert-info'} clearfix`} id="meschain-catalogue-cache">
      <button
        type="button"
        class="btn btn-primary btn-sm pull-right"
        id="button-refresh-catalogue"
        disabled={!config.canModify || running || start.pending}
        onClick={() => start.run()}
      >
        <i class={`fa fa-refresh${running ? ' fa-spin' : ''}`} /> {t('mapping.refreshCatalogue')}
      </button>
      {status ? (
        empty ? (
          <span>
            <i class="fa fa-exclamation-triangle" /> {t('mapping.catalogueEmpty')}
          </span>
        ) : (
          <span>
            <i class="fa fa-database" />{' '}
            {t('mapping.catalogueStatus', {
              leaves: fmt.number(status.leaves),
              attributes: fmt.number(status.attributeLeaves),
              values: fmt.number(status.dictionaryValues),
              date: status.treeFetchedAt ? fmt.dateTime(status.treeFetchedAt) : '—',
            })}
          </span>
        )
      ) : null}
      <ErrorAlert error={start.error ?? tracker.error} />
      {tracker.job ? (
        <div style={{ marginTop: '10px' }}>
          <JobProgress job={tracker.job} id="meschain-catalogue-job" />
        </div>
      ) : null}
    </div>
  );
}
