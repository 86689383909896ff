import { periodToTime } from '../lib/periods';

export interface PeriodValue {
  period: string;
  value: number;
}

export interface TimeSeriesInput {
  values: ReadonlyArray<{ period: string; value: number | null }>;
  baseline?: PeriodValue | null;
  targetTrajectory?: ReadonlyArray<PeriodValue>;
  latest?: PeriodValue | null;
  projected?: PeriodValue | null;
}

/** One point on the shared time axis; each line reads its own field and skips the gaps. */
export interface TimeSeriesRow {
  time: number;
  period: string;
  value?: number;
  target?: number;
  projection?: number;
}

/**
 * Merges the actual values, the target trajectory (drawn from the baseline through each target point)
 * and the projection (from the latest value to the projected one) into rows on one time axis.
 */
export function buildTimeSeriesRows(input: TimeSeriesInput): TimeSeriesRow[] {
  const rows = new Map<number, TimeSeriesRow>();
  const rowAt = (period: string): TimeSeriesRow | null => {
    const time = periodToTime(period);
    if (Number.isNaN(time)) return null;
    let row = rows.get(time);
    if (!row) {
      row = { time, period };
      rows.set(time, row);
    }
    return row;
  };

  for (const point of input.values) {
    const row = point.value === null ? null : rowAt(point.period);
    if (row && point.value !== null) row.value = point.value;
  }
  const trajectory = input.targetTrajectory ?? [];
  if (trajectory.length > 0) {
    // Only the part of the trajectory after the baseline is a path from it.
    const start = input.baseline ? periodToTime(input.baseline.period) : Number.NEGATIVE_INFINITY;
    const points = [...(input.baseline ? [input.baseline] : []), ...trajectory.filter((point) => periodToTime(point.period) > start)];
    for (const point of points) {
      const row = rowAt(point.period);
      if (row) row.target = point.value;
    }
  }
  if (input.latest && input.projected) {
    for (const point of [input.latest, input.projected]) {
      const row = rowAt(point.period);
      if (row) row.projection = point.value;
    }
  }
  return [...rows.values()].sort((a, b) => a.time - b.time);
}

/** Whole years across the range, thinned to at most `maximum` ticks. */
export function yearTicks(rows: ReadonlyArray<TimeSeriesRow>, maximum = 10): number[] {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return [];
  const years: number[] = [];
  for (let year = Math.ceil(first.time); year <= Math.floor(last.time); year += 1) years.push(year);
  const step = Math.max(1, Math.ceil(years.length / maximum));
  return years.filter((_, index) => index % step === 0);
}
