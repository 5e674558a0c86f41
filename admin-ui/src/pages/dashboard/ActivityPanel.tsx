import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { activityData, activityOptions } from '../../charts/activity-chart';
import { UPlotChart } from '../../charts/UPlotChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PanelBox } from '../../components/PanelBox';
import { usePanel } from '../../context';
import { useInterval } from '../../hooks/use-interval';
import { useResource } from '../../hooks/use-resource';

const REFRESH_MS = 15_000;

/** Ozon API calls per minute over the last hour, from the bridge's log; refreshed in place. */
export function ActivityPanel() {
  const { api, t, fmt } = usePanel();
  const activity = useResource((signal) => api.logs.activity({ minutes: 60, kind: 'api' }, { signal }), []);
  useInterval(activity.reload, REFRESH_MS);
  const options = useMemo(
    () =>
      activityOptions(
        {
          time: t('chart.time'),
          info: t('chart.info'),
          warning: t('chart.warning'),
          error: t('chart.error'),
          formatTime: fmt.time,
        },
        uPlot.paths.bars?.({ size: [0.8, 12] }),
      ),
    [t, fmt],
  );
  const data = useMemo(() => (activity.data ? activityData(activity.data) : undefined), [activity.data]);
  const totals = useMemo(() => {
    const buckets = activity.data?.buckets ?? [];
    return {
      calls: buckets.reduce((sum, b) => sum + b.info + b.warning + b.error, 0),
      errors: buckets.reduce((sum, b) => sum + b.error, 0),
    };
  }, [activity.data]);
  return (
    <PanelBox
      title={t('dashboard.activity')}
      icon="bar-chart"
      id="meschain-activity"
      actions={
        <button
          type="button"
          class="btn btn-default btn-xs"
          onClick={activity.reload}
          title={t('common.refresh')}
        >
          <i class={`fa fa-refresh${activity.loading ? ' fa-spin' : ''}`} />
        </button>
      }
    >
      <ErrorAlert error={activity.error} />
      {data ? <UPlotChart options={options} data={data} height={220} id="meschain-activity-chart" /> : null}
      {activity.data ? (
        <p class="text-muted small" id="meschain-activity-totals">
          {totals.calls === 0
            ? t('dashboard.activityEmpty')
            : t('dashboard.callsLastHour', {
                calls: fmt.number(totals.calls),
                errors: fmt.number(totals.errors),
              })}
        </p>
      ) : null}
    </PanelBox>
  );
}
