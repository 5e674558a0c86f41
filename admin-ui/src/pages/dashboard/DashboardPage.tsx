import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PanelBox } from '../../components/PanelBox';
import { StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { type PollRange, useBackoffPoll } from '../../hooks/backoff';
import { useInterval } from '../../hooks/use-interval';
import { useResource } from '../../hooks/use-resource';
import { productFilterFromParams } from '../products/product-filter';
import { StateBar } from '../products/StateBar';
import { ActivityPanel } from './ActivityPanel';
import { JobsPanel } from './JobsPanel';

/** Jobs and states are read again every 2 s while they move, up to every 15 s while a job waits (moderation). */
const ACTIVE_POLL: PollRange = { min: 2000, max: 15_000 };
/** With no job running, the job list is looked at now and then for jobs started elsewhere (CLI, schedule). */
const IDLE_POLL_MS = 15_000;

function Figure({
  title,
  icon,
  id,
  children,
}: {
  title: string;
  icon: string;
  id: string;
  children: ComponentChildren;
}) {
  return (
    <div class="col-sm-6 col-md-3">
      <div class="panel panel-default meschain-figure" id={id}>
        <div class="panel-heading">
          <h3 class="panel-title">
            <i class={`fa fa-${icon}`} /> {title}
          </h3>
        </div>
        <div class="panel-body">{children}</div>
      </div>
    </div>
  );
}

/** A summary of what the bridge sees: the store, the Ozon connection, recent jobs and API activity. */
export function DashboardPage() {
  const { api, t, fmt, router } = usePanel();
  const status = useResource((signal) => api.status({ signal }), []);
  const settings = useResource((signal) => api.settings.get({ signal }), []);
  // One row is enough: the answer carries the counts per state over the whole catalogue.
  const states = useResource((signal) => api.products.list({ pageSize: 1 }, { signal }), []);
  const jobs = useResource((signal) => api.jobs.list({ limit: 5 }, { signal }), []);
  const active = jobs.data?.items.some((job) => job.state === 'running' || job.state === 'queued') ?? false;
  // While a job runs (an export, Ozon's moderation followed after it), products change state: the figures follow.
  const moved = JSON.stringify([jobs.data?.items.map((j) => [j.id, j.state, j.done]), states.data?.counts]);
  useBackoffPoll(
    () => {
      jobs.reload();
      states.reload();
    },
    active,
    moved,
    ACTIVE_POLL,
  );
  useInterval(jobs.reload, active ? undefined : IDLE_POLL_MS);
  // The last states a job wrote, read once it has ended.
  const wasActive = useRef(false);
  useEffect(() => {
    if (wasActive.current && !active) {
      states.reload();
    }
    wasActive.current = active;
  }, [active, states.reload]);
  const ozon = settings.data?.ozon;
  return (
    <div id="meschain-dashboard">
      <ErrorAlert error={status.error ?? settings.error} />
      <div class="row">
        <Figure title={t('dashboard.store')} icon="shopping-cart" id="meschain-figure-store">
          <h2 class="meschain-figure-value">{status.data?.store.name || '—'}</h2>
          {status.data ? (
            <span class="text-muted small">
              {t('dashboard.bridgeVersion', { version: status.data.version })}
            </span>
          ) : null}
        </Figure>
        <Figure title={t('dashboard.products')} icon="cubes" id="meschain-figure-products">
          <h2 class="meschain-figure-value">{status.data ? fmt.number(status.data.store.products) : '—'}</h2>
        </Figure>
        <Figure title={t('dashboard.enabledProducts')} icon="check" id="meschain-figure-enabled">
          <h2 class="meschain-figure-value">
            {status.data ? fmt.number(status.data.store.enabledProducts) : '—'}
          </h2>
        </Figure>
        <Figure title={t('dashboard.ozon')} icon="plug" id="meschain-figure-ozon">
          <h2 class="meschain-figure-value">
            {ozon ? (
              <StatusLabel tone={ozon.configured ? 'success' : 'warning'}>
                {ozon.configured ? t('dashboard.connected') : t('dashboard.notConnected')}
              </StatusLabel>
            ) : (
              '—'
            )}
          </h2>
          {ozon && !ozon.configured ? <a href={router.href('settings')}>{t('error.goToSettings')}</a> : null}
        </Figure>
      </div>
      {states.data ? (
        <PanelBox title={t('dashboard.ozonStates')} icon="cubes" id="meschain-dashboard-states">
          <StateBar counts={states.data.counts} filter={productFilterFromParams({})} />
        </PanelBox>
      ) : null}
      <ErrorAlert error={states.error} />
      <div class="row">
        <div class="col-md-8">
          <ActivityPanel />
        </div>
        <div class="col-md-4">
          <JobsPanel jobs={jobs} />
        </div>
      </div>
    </div>
  );
}
