import { useState } from 'preact/hooks';
import { OFFERS_PRICE_SYNC_JOB, OFFERS_STOCK_SYNC_JOB } from '../../../../bridge/src/contract/values';
import type { JobView } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { usePanel } from '../../context';
import { useAction } from '../../hooks/use-action';
import { jobEnded, useJob } from '../../hooks/use-job';

/** The two reconciliations (stock, prices) as jobs, with a dry-run switch and each job's progress. */
export function SyncPanel({ onEnd }: { onEnd: (job: JobView) => void }) {
  const { api, t, config } = usePanel();
  const [dryRun, setDryRun] = useState(false);
  const jobs = { stocks: useJob(OFFERS_STOCK_SYNC_JOB, onEnd), prices: useJob(OFFERS_PRICE_SYNC_JOB, onEnd) };
  const start = useAction(async (what: 'stocks' | 'prices') => {
    const started = await api.offers.sync({ what, dryRun });
    jobs[what].track(started.jobId);
    return started;
  });
  const label = (what: 'stocks' | 'prices') =>
    t(what === 'stocks' ? 'offers.syncStocks' : 'offers.syncPrices');
  const button = (what: 'stocks' | 'prices') => {
    const job = jobs[what].job;
    const running = job !== undefined && !jobEnded(job);
    return (
      <button
        type="button"
        class="btn btn-primary btn-sm"
        id={`button-sync-${what}`}
        disabled={!config.canModify || start.pending || running}
        onClick={() => start.run(what)}
      >
        <i class={`fa ${running ? 'fa-spinner fa-spin' : 'fa-refresh'}`} /> {label(what)}
      </button>
    );
  };
  return (
    <div id="meschain-offer-sync">
      <p>
        {button('stocks')} {button('prices')}{' '}
        <label class="checkbox-inline">
          <input
            type="checkbox"
            id="input-sync-dry-run"
            checked={dryRun}
            onChange={(e) => setDryRun(e.currentTarget.checked)}
          />{' '}
          {t('offers.dryRun')}
        </label>
      </p>
      <ErrorAlert error={start.error ?? jobs.stocks.error ?? jobs.prices.error} />
      {(['stocks', 'prices'] as const).map((what) =>
        jobs[what].job ? (
          <div key={what}>
            <strong>{label(what)}</strong>
            <JobProgress job={jobs[what].job} id={`meschain-sync-${what}-job`} />
          </div>
        ) : null,
      )}
      {jobs.stocks.job || jobs.prices.job ? null : <p class="text-muted">{t('offers.syncHelp')}</p>}
    </div>
  );
}
