import type uPlot from 'uplot';
import type { LogActivity } from '../api/client';

/** Colours close to Bootstrap 3's info, warning and danger labels, so the chart matches the table below it. */
const SERIES_COLOURS = { info: '#5bc0de', warning: '#f0ad4e', error: '#d9534f' } as const;

export interface ActivityLabels {
  readonly time: string;
  readonly info: string;
  readonly warning: string;
  readonly error: string;
  /** Clock time in the admin's language, for the axis and the legend (uPlot would write English). */
  readonly formatTime: (date: Date) => string;
}

/** uPlot's columns from the bridge's per-minute buckets: unix seconds, then one count series per level. */
export function activityData(activity: LogActivity): uPlot.AlignedData {
  const buckets = activity.buckets;
  return [
    buckets.map((b) => Date.parse(b.at) / 1000),
    buckets.map((b) => b.info),
    buckets.map((b) => b.warning),
    buckets.map((b) => b.error),
  ];
}

/** Options for the activity chart; built once, the data is swapped in with setData. */
export function activityOptions(
  labels: ActivityLabels,
  bars: uPlot.Series.PathBuilder | undefined,
): Omit<uPlot.Options, 'width' | 'height'> {
  const series = (label: string, stroke: string): uPlot.Series => ({
    label,
    stroke,
    fill: `${stroke}66`,
    width: 1,
    ...(bars ? { paths: bars } : {}),
    points: { show: false },
  });
  return {
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
    axes: [
      { values: (_u, splits) => splits.map((s) => labels.formatTime(new Date(s * 1000))) },
      { size: 40, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
    ],
    series: [
      { label: labels.time, value: (_u, v) => (v === null ? '—' : labels.formatTime(new Date(v * 1000))) },
      series(labels.info, SERIES_COLOURS.info),
      series(labels.warning, SERIES_COLOURS.warning),
      series(labels.error, SERIES_COLOURS.error),
    ],
  };
}
