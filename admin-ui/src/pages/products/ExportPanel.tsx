import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { PanelBox } from '../../components/PanelBox';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { type JobTracker, jobEnded } from '../../hooks/use-job';
import { DryRunReport } from './DryRunReport';
import { ozonProgress } from './ozon-progress';

interface Props {
  readonly exportJob: JobTracker;
  readonly dryRunJob: JobTracker;
  /** The follow-up of Ozon's answers the export starts when it has sent everything. */
  readonly followJob: JobTracker;
  /** The catalogue's items per state (the follow-up's measure). */
  readonly counts: Readonly<Record<string, number>> | undefined;
  /** Bumped when a dry run ends, so its report is read again. */
  readonly reportVersion: number;
}

/** Starting a full export, a dry run or a retry of failed products, with the running job's progress. */
export function ExportPanel({ exportJob, dryRunJob, followJob, counts, reportVersion }: Props) {
  const { api, t, fmt, config } = usePanel();
  const start = useAction(async (dryRun: boolean) => {
    const started = await api.exports.start({ dryRun });
    (dryRun ? dryRunJob : exportJob).track(started.jobId);
    return started;
  });
  const retry = useAction(async () => {
    const answer = await api.products.retryFailed();
    if (answer.jobId !== null) {
      exportJob.track(answer.jobId);
    }
    return answer;
  });
  const exporting = exportJob.job !== undefined && !jobEnded(exportJob.job);
  const dryRunning = dryRunJob.job !== undefined && !jobEnded(dryRunJob.job);
  const busy = !config.canModify || start.pending || retry.pending;
  const ozon = ozonProgress(counts);
  return (
    <PanelBox
      title={t('products.export')}
      icon="upload"
      id="meschain-export"
      actions={
        <span>
          <button
            type="button"
            class="btn btn-default btn-sm"
            id="button-dry-run"
            disabled={busy || dryRunning}
            onClick={() => start.run(true)}
          >
            <i class={`fa ${dryRunning ? 'fa-spinner fa-spin' : 'fa-eye'}`} /> {t('products.dryRun')}
          </button>
          <button
            type="button"
            class="btn btn-warning btn-sm"
            id="button-retry-failed"
            disabled={busy || exporting}
            onClick={() => retry.run()}
          >
            <i class="fa fa-repeat" /> {t('products.retryFailed')}
          </button>
          <button
            type="button"
            class="btn btn-primary btn-sm"
            id="button-export-all"
            disabled={busy || exporting}
            onClick={() => start.run(false)}
          >
            <i class={`fa ${exporting ? 'fa-spinner fa-spin' : 'fa-upload'}`} /> {t('products.exportAll')}
          </button>
        </span>
      }
    >
      <ErrorAlert
        error={start.error ?? retry.error ?? exportJob.error ?? followJob.error ?? dryRunJob.error}
      />
      {retry.result && retry.result.jobId === null ? (
        <div class="alert alert-info">{t('products.nothingFailed')}</div>
      ) : null}
      {exportJob.job ? (
        <div>
          <strong>{t('products.exportJob')}</strong>
          <JobProgress job={exportJob.job} id="meschain-export-job" />
        </div>
      ) : null}
      {followJob.job ? (
        <div>
          <strong>{t('products.followJob')}</strong>
          <JobProgress
            job={followJob.job}
            id="meschain-follow-job"
            measure={{
              done: ozon.live,
              total: ozon.live + ozon.waiting,
              label: t('products.followProgress', {
                state: t(`job.state.${followJob.job.state}`),
                live: fmt.number(ozon.live),
                waiting: fmt.number(ozon.waiting),
              }),
            }}
          />
        </div>
      ) : null}
      {dryRunJob.job ? (
        <div>
          <strong>{t('products.dryRunJob')}</strong>
          <JobProgress job={dryRunJob.job} id="meschain-dry-run-job" />
        </div>
      ) : null}
      {!exportJob.job && !followJob.job && !dryRunJob.job ? (
        <p class="text-muted">{t('products.exportHelp')}</p>
      ) : null}
      <DryRunReport version={reportVersion} />
    </PanelBox>
  );
}
