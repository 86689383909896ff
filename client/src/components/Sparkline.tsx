import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';
import { periodToTime } from '../lib/periods';

export interface SparklinePoint {
  period: string;
  value: number;
}

interface SparklineProps {
  points: ReadonlyArray<SparklinePoint>;
  /** Names the series in the text alternative. */
  label: string;
  unit: string;
  decimals: number;
  width?: number;
  height?: number;
}

/** Screen coordinates of the points on a small canvas, time on x (periods may be uneven). */
export function sparklinePath(points: ReadonlyArray<SparklinePoint>, width: number, height: number, padding = 2): string {
  if (points.length === 0) return '';
  const times = points.map((point) => periodToTime(point.period));
  const values = points.map((point) => point.value);
  const [minTime, maxTime] = [Math.min(...times), Math.max(...times)];
  const [minValue, maxValue] = [Math.min(...values), Math.max(...values)];
  const x = (time: number) => (maxTime === minTime ? width / 2 : padding + ((time - minTime) / (maxTime - minTime)) * (width - 2 * padding));
  // A flat series sits in the middle rather than on an edge.
  const y = (value: number) => (maxValue === minValue ? height / 2 : padding + (1 - (value - minValue) / (maxValue - minValue)) * (height - 2 * padding));
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(times[index] ?? 0).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
}

/**
 * A plain SVG trend line (no chart library: the overview must load fast). Its accessible name says
 * the first and last value, which is what a sighted reader takes from it.
 */
export function Sparkline({ points, label, unit, decimals, width = 96, height = 28 }: SparklineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return <span className="sparkline sparkline--empty">{t('sparkline.noData')}</span>;
  const path = sparklinePath(points, width, height);
  const lastPoint = path.split(' ').pop()?.slice(1).split(',').map(Number) ?? [0, 0];
  const description = t('sparkline.label', {
    indicator: label,
    first: format.quantity(first.value, unit, decimals),
    firstPeriod: format.period(first.period),
    last: format.quantity(last.value, unit, decimals),
    lastPeriod: format.period(last.period),
  });
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
      <title>{description}</title>
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <circle cx={lastPoint[0]} cy={lastPoint[1]} r="2.4" fill="currentColor" />
    </svg>
  );
}
