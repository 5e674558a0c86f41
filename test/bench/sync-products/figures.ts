import type { BenchResult } from '../harness';
import type { ProcessFigures } from './timed-process';

/** The median of each figure over the rounds of one kind of run. */
export interface Medians {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMB: number;
  readonly startupMs: number;
  readonly ownPartMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) {
    throw new Error('no rounds to take a median of');
  }
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export function medians(runs: readonly ProcessFigures[]): Medians {
  const of = (figure: (run: ProcessFigures) => number): number => Math.round(median(runs.map(figure)));
  return {
    wallMs: of((r) => r.wallMs),
    cpuMs: of((r) => r.cpuMs),
    peakRssMB: of((r) => r.peakRssMB),
    startupMs: of((r) => r.startupMs),
    ownPartMs: of((r) => r.ownPartMs),
  };
}

/** A goal beside a figure: the bound and whether this run met it. */
function goal(value: number, atMost: number, unit: string): { goal: string; met: boolean } {
  return { goal: `≤ ${atMost}${unit}`, met: value <= atMost };
}

const ratio = (a: number, b: number): number => Number((a / b).toFixed(3));

/**
 * The figures of one kind of sync run against the plain read's: wall and CPU time as ratios to the floor (the
 * machine's speed cancels out; the ratio goal is held against both), peak RSS and start-up as they are.
 */
export function syncResults(
  label: string,
  run: Medians,
  floor: Medians,
  goals: { ratio: number; peakRssMB: number },
): BenchResult[] {
  const wall = ratio(run.wallMs, floor.wallMs);
  const cpu = ratio(run.cpuMs, floor.cpuMs);
  const rss = run.peakRssMB;
  return [
    { name: `${label}: wall / plain read`, value: wall, unit: 'x', details: goal(wall, goals.ratio, '') },
    { name: `${label}: CPU / plain read`, value: cpu, unit: 'x', details: goal(cpu, goals.ratio, '') },
    { name: `${label}: peak RSS`, value: rss, unit: 'MB', details: goal(rss, goals.peakRssMB, ' MB') },
    { name: `${label}: start-up (spawn to first database connection)`, value: run.startupMs, unit: 'ms' },
    {
      // Not held to the goal: it leaves out Ozon's pace, which the ratio above includes.
      name: `${label}: wall until following Ozon's answers (start-up, read, decide, send) / plain read`,
      value: ratio(run.ownPartMs, floor.wallMs),
      unit: 'x',
    },
  ];
}
