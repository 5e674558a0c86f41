import { useState } from 'preact/hooks';
import {
  CATALOG_EXPORT_DRY_RUN_JOB,
  CATALOG_EXPORT_FOLLOW_JOB,
  CATALOG_EXPORT_JOB,
} from '../../../../bridge/src/contract/values';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pagination } from '../../components/Pagination';
import { PanelBox } from '../../components/PanelBox';
import { usePanel } from '../../context';
import { type PollRange, useBackoffPoll } from '../../hooks/backoff';
import { useAction } from '../../hooks/use-action';
import { jobEnded, useJob } from '../../hooks/use-job';
import { useResource } from '../../hooks/use-resource';
import { useSelection } from '../../hooks/use-selection';
import { hashOf } from '../../route-hash';
import { ExportPanel } from './ExportPanel';
import { ProductFilters } from './ProductFilters';
import { ProductTable } from './ProductTable';
import { PAGE_SIZE, paramsOf, productFilterFromParams, productQueryOf } from './product-filter';
import { StateBar } from './StateBar';

/** The list is read again every 2 s while states move, up to every 20 s while Ozon's moderation keeps them. */
const LIST_POLL: PollRange = { min: 2000, max: 20_000 };

/** Every store product with its Ozon state and reason; send, retry, exclude; preview; export progress. */
export function ProductsPage() {
  const { api, t, router, config } = usePanel();
  const filter = productFilterFromParams(router.route.value.params);
  const filterKey = JSON.stringify(filter);
  const hash = hashOf('products', paramsOf(filter));
  // The answer remembers the query it answers: the previous list stays on screen while the next one loads.
  const loaded = useResource(
    async (signal) => ({ hash, list: await api.products.list(productQueryOf(filter), { signal }) }),
    [filterKey],
  );
  const list = { ...loaded, data: loaded.data?.list };
  const [reportVersion, setReportVersion] = useState(0);
  // Each job's end may start the other: an export starts the follow-up (Ozon's import tasks and moderation until
  // live), which may send lost imports again.
  const followJob = useJob(CATALOG_EXPORT_FOLLOW_JOB, () => {
    list.reload();
    exportJob.lookup();
  });
  const exportJob = useJob(CATALOG_EXPORT_JOB, () => {
    list.reload();
    followJob.lookup();
  });
  const dryRunJob = useJob(CATALOG_EXPORT_DRY_RUN_JOB, () => {
    list.reload();
    setReportVersion((v) => v + 1);
  });
  const moving = [exportJob, followJob].some(
    (tracker) => tracker.job !== undefined && !jobEnded(tracker.job),
  );
  // While an export sends and Ozon answers, states change under the merchant's eyes: follow them.
  const counts = list.data?.counts;
  useBackoffPoll(list.reload, moving, `${JSON.stringify(counts)} ${exportJob.job?.done ?? 0}`, LIST_POLL);

  const { selected, toggle: select, clear } = useSelection<number>();
  const bulk = useAction(async (action: 'send' | 'retry' | 'exclude' | 'include') => {
    const ids = [...selected];
    if (action === 'send' || action === 'retry') {
      const started = action === 'send' ? await api.products.send(ids) : await api.products.retryFailed(ids);
      if (started.jobId !== null) {
        exportJob.track(started.jobId);
      }
    } else {
      await api.products.exclude(ids, action === 'exclude');
    }
    clear();
    list.reload();
    return action;
  });
  const none = selected.size === 0 || !config.canModify || bulk.pending;
  return (
    <div id="meschain-products">
      <ExportPanel
        exportJob={exportJob}
        dryRunJob={dryRunJob}
        followJob={followJob}
        counts={counts}
        reportVersion={reportVersion}
      />
      <ProductFilters key={filterKey} value={filter} onApply={(f) => router.replaceParams(paramsOf(f))} />
      <PanelBox
        title={t('products.title')}
        icon="cubes"
        body={false}
        actions={
          <span>
            <span class="text-muted small" id="meschain-selected-count" data-count={selected.size}>
              {t('products.selected', { count: selected.size })}
            </span>{' '}
            <button
              type="button"
              class="btn btn-primary btn-xs"
              id="button-send-selected"
              disabled={none}
              onClick={() => bulk.run('send')}
            >
              <i class="fa fa-upload" /> {t('products.sendNow')}
            </button>
            <button
              type="button"
              class="btn btn-warning btn-xs"
              disabled={none}
              onClick={() => bulk.run('retry')}
            >
              <i class="fa fa-repeat" /> {t('products.retry')}
            </button>
            <button
              type="button"
              class="btn btn-default btn-xs"
              id="button-exclude-selected"
              disabled={none}
              onClick={() => bulk.run('exclude')}
            >
              <i class="fa fa-ban" /> {t('products.exclude')}
            </button>
            <button
              type="button"
              class="btn btn-default btn-xs"
              disabled={none}
              onClick={() => bulk.run('include')}
            >
              <i class="fa fa-check" /> {t('products.include')}
            </button>
            <button
              type="button"
              class="btn btn-default btn-xs"
              onClick={list.reload}
              title={t('common.refresh')}
            >
              <i class={`fa fa-refresh${list.loading ? ' fa-spin' : ''}`} />
            </button>
          </span>
        }
      >
        <div class="panel-body">
          <ErrorAlert error={list.error ?? bulk.error} />
          {list.data ? <StateBar counts={list.data.counts} filter={filter} /> : null}
        </div>
        {list.data ? (
          <ProductTable
            rows={list.data.items}
            selected={selected}
            onSelect={select}
            query={loaded.data?.hash ?? ''}
          />
        ) : null}
        {list.data ? (
          <div class="panel-footer">
            <Pagination
              page={list.data.page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
              hrefOf={(page) => router.href('products', paramsOf({ ...filter, page }))}
            />
          </div>
        ) : null}
      </PanelBox>
    </div>
  );
}
