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
              leaves: status.leaves,
              attributes: status.attributeLeaves,
              values: status.dictionaryValues,
              date: status.treeFetchedAt ? fmt.dateTime(status.treeFetchedAt) : '—',
            })}
          </span>
        )
      ) : null}
      <ErrorAlert error={start.error ?? tracker.error} />
      {tracker.job ? (
        <div style={{ marginTop: '10px' }}>
          {/* Without the job's summary ("8 Ozon leaves, 0 attributes, …"): the line above says what the cache
              holds, read again after every download, where the summary stayed as it was when the tree came. */}
          <JobProgress job={tracker.job} id="meschain-catalogue-job" summary={false} />
        </div>
      ) : null}
    </div>
  );
}
