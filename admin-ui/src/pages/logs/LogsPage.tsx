import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PanelBox } from '../../components/PanelBox';
import { levelTone, StatusLabel } from '../../components/StatusLabel';
import { usePanel } from '../../context';
import { useResource } from '../../hooks/use-resource';
import { LogDetailRow } from './LogDetailRow';
import { LogFilters } from './LogFilters';
import { filterFromParams, queryOf } from './log-filter';

const PAGE_SIZE = 50;
const COLUMNS = 7;

/** Sync steps and API calls, filtered and paged by the bridge (never all loaded into the browser). */
export function LogsPage() {
  const { api, t, fmt, router } = usePanel();
  const params = router.route.value.params;
  const filter = filterFromParams(params);
  const filterKey = JSON.stringify(filter);
  // `before` of each page shown so far: the first page has none; Older pushes, Newer pops.
  const [pages, setPages] = useState<{ key: string; stack: Array<number | undefined> }>({
    key: filterKey,
    stack: [undefined],
  });
  const stack = pages.key === filterKey ? pages.stack : [undefined];
  const before = stack.at(-1);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const list = useResource(
    (signal) => api.logs.list(queryOf(filter, before, PAGE_SIZE), { signal }),
    [filterKey, before],
  );

  const toggle = (id: number): void =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) {
        next.add(id);
      }
      return next;
    });
  const nextBefore = list.data?.nextBefore ?? null;
  return (
    <div id="meschain-logs">
      <LogFilters key={filterKey} value={filter} onApply={(f) => router.replaceParams({ ...f })} />
      <PanelBox
        title={t('logs.title')}
        icon="list"
        body={false}
        actions={
          <button
            type="button"
            class="btn btn-default btn-xs"
            id="button-logs-refresh"
            onClick={list.reload}
            title={t('common.refresh')}
          >
            <i class={`fa fa-refresh${list.loading ? ' fa-spin' : ''}`} />
          </button>
        }
      >
        <ErrorAlert error={list.error} />
        <div class="table-responsive">
          <table class="table table-bordered table-hover" id="meschain-log-table">
            <thead>
              <tr>
                <td>{t('logs.time')}</td>
                <td>{t('logs.level')}</td>
                <td>{t('logs.kind')}</td>
                <td>{t('logs.message')}</td>
                <td>{t('logs.entity')}</td>
                <td class="text-right">{t('logs.http')}</td>
                <td class="text-right">{t('logs.details')}</td>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.length === 0 ? (
                <tr>
                  <td class="text-center" colSpan={COLUMNS}>
                    {t('common.noResults')}
                  </td>
                </tr>
              ) : null}
              {list.data?.items.map((entry) => (
                <Fragment key={entry.id}>
                  <tr class="meschain-log-row" data-level={entry.level} data-kind={entry.kind}>
                    <td class="text-nowrap">{fmt.dateTime(entry.at)}</td>
                    <td>
                      <StatusLabel tone={levelTone(entry.level)}>
                        {t(`logs.level.${entry.level}`)}
                      </StatusLabel>
                    </td>
                    <td>{t(`logs.kind.${entry.kind}`)}</td>
                    <td class="meschain-log-message">{entry.message}</td>
                    <td class="small">{entry.entity ? `${entry.entity} ${entry.entityId ?? ''}` : ''}</td>
                    <td class="text-right">
                      {entry.httpStatus ?? ''}
                      {entry.durationMs !== null ? (
                        <div class="small text-muted">{entry.durationMs} ms</div>
                      ) : null}
                    </td>
                    <td class="text-right">
                      {entry.hasDetail ? (
                        <button type="button" class="btn btn-default btn-xs" onClick={() => toggle(entry.id)}>
                          <i class={`fa ${open.has(entry.id) ? 'fa-chevron-up' : 'fa-eye'}`} />{' '}
                          {open.has(entry.id) ? t('logs.hide') : t('logs.details')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                  {open.has(entry.id) ? <LogDetailRow id={entry.id} columns={COLUMNS} /> : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
        <div class="panel-footer clearfix">
          <div class="pull-left text-muted">{t('logs.page', { page: stack.length })}</div>
          <div class="btn-group pull-right">
            <button
              type="button"
              class="btn btn-default"
              disabled={stack.length <= 1}
              onClick={() => setPages({ key: filterKey, stack: stack.slice(0, -1) })}
            >
              <i class="fa fa-angle-left" /> {t('common.newer')}
            </button>
            <button
              type="button"
              class="btn btn-default"
              id="button-logs-older"
              disabled={nextBefore === null}
              onClick={() =>
                nextBefore !== null && setPages({ key: filterKey, stack: [...stack, nextBefore] })
              }
            >
              {t('common.older')} <i class="fa fa-angle-right" />
            </button>
          </div>
        </div>
      </PanelBox>
    </div>
  );
}
