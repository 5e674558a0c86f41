import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  /** Read once, when the chart is created; later changes are ignored (the chart is never rebuilt). */
  readonly options: Omit<uPlot.Options, 'width' | 'height'>;
  readonly data: uPlot.AlignedData;
  readonly height: number;
  readonly id?: string;
}

/**
 * A uPlot chart created once per mount and then only fed: new data goes in with setData, a new width with
 * setSize. Rebuilding the chart on every update would flicker and lose the cursor.
 */
export function UPlotChart({ options, data, height, id }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | undefined>(undefined);
  const initial = useRef({ options, data });

  useEffect(() => {
    const element = host.current;
    if (!element) {
      return undefined;
    }
    const width = (): number => Math.max(200, element.clientWidth);
    const created = new uPlot(
      { ...initial.current.options, width: width(), height },
      initial.current.data,
      element,
    );
    chart.current = created;
    const observer = new ResizeObserver(() => created.setSize({ width: width(), height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      created.destroy();
      chart.current = undefined;
    };
  }, [height]);

  useEffect(() => {
    if (chart.current && chart.current.data !== data) {
      chart.current.setData(data);
    }
  }, [data]);

  return <div class="meschain-chart" id={id} ref={host} />;
}
