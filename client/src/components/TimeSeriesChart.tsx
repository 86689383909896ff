import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../lib/format';
import { ChartFigure } from './ChartFigure';
import { buildTimeSeriesRows, type TimeSeriesInput, type TimeSeriesRow, yearTicks } from './time-series-rows';

/** One typed config for colours, dashes and labels (colours pass 3:1 against white, dashes tell lines apart without colour). */
const SERIES_STYLE = {
  value: { stroke: '#1d4f91', dash: undefined, width: 2.5 },
  target: { stroke: '#0b6e4f', dash: '8 4', width: 2 },
  projection: { stroke: '#a14a00', dash: '2 4', width: 2 },
  baseline: { stroke: '#4b5563', dash: '4 4', width: 1.5 },
} as const;

export interface TimeSeriesChartProps extends TimeSeriesInput {
  /** The rows, when the caller has built them already (TimeSeriesFigure shares them with its table). */
  rows?: ReadonlyArray<TimeSeriesRow>;
  /** Accessible name of the chart and caption of its table. */
  title: string;
  unit: string;
  decimals: number;
  /** Fixed size for tests (jsdom has no layout); the browser fills the container's width. */
  width?: number;
  height?: number;
}

/** Values, baseline, target trajectory and projection of one series over time, with its data table. */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = props.rows ?? buildTimeSeriesRows(props);
  const height = props.height ?? 280;
  // A legend entry for a line that is not drawn would promise something the chart does not show.
  const hasTarget = rows.some((row) => row.target !== undefined);
  const hasProjection = rows.some((row) => row.projection !== undefined);
  const formatValue = (value: number) => format.quantity(value, props.unit, props.decimals);
  const labels = {
    value: t('chart.values'),
    target: t('chart.targetTrajectory'),
    projection: t('chart.projection'),
  };

  const chart = (
    <LineChart
      data={rows}
      accessibilityLayer
      title={props.title}
      margin={{ top: 10, right: 16, bottom: 4, left: 4 }}
      {...(props.width ? { width: props.width, height } : {})}
    >
      <CartesianGrid stroke="#d9dee5" strokeDasharray="3 3" />
      <XAxis
        dataKey="time"
        type="number"
        domain={['dataMin', 'dataMax']}
        ticks={yearTicks(rows)}
        tickFormatter={(time: number) => String(time)}
        stroke="#4b5563"
      />
      <YAxis
        type="number"
        domain={['auto', 'auto']}
        width={56}
        tickFormatter={(value: number) => format.axisNumber(value)}
        stroke="#4b5563"
      />
      <Tooltip
        labelFormatter={(_label, payload) => {
          const row = payload?.[0]?.payload as TimeSeriesRow | undefined;
          return row ? format.period(row.period) : '';
        }}
        formatter={(value, name) => [typeof value === 'number' ? formatValue(value) : String(value), name]}
      />
      <Legend verticalAlign="bottom" height={28} />
      {props.baseline && (
        <ReferenceLine
          y={props.baseline.value}
          stroke={SERIES_STYLE.baseline.stroke}
          strokeDasharray={SERIES_STYLE.baseline.dash}
          strokeWidth={SERIES_STYLE.baseline.width}
          label={{ value: t('chart.baseline'), position: 'insideBottomRight', fill: '#374151', fontSize: 12 }}
        />
      )}
      <Line
        dataKey="value"
        name={labels.value}
        type="linear"
        stroke={SERIES_STYLE.value.stroke}
        strokeWidth={SERIES_STYLE.value.width}
        dot={{ r: rows.length > 40 ? 0 : 2.5 }}
        connectNulls
        isAnimationActive={false}
        legendType="plainline"
      />
      {hasTarget && (
      <Line
        dataKey="target"
        name={labels.target}
        type="linear"
        stroke={SERIES_STYLE.target.stroke}
        strokeDasharray={SERIES_STYLE.target.dash}
        strokeWidth={SERIES_STYLE.target.width}
        dot={{ r: 3.5, strokeDasharray: '' }}
        connectNulls
        isAnimationActive={false}
        legendType="plainline"
      />
      )}
      {hasProjection && (
      <Line
        dataKey="projection"
        name={labels.projection}
        type="linear"
        stroke={SERIES_STYLE.projection.stroke}
        strokeDasharray={SERIES_STYLE.projection.dash}
        strokeWidth={SERIES_STYLE.projection.width}
        dot={false}
        connectNulls
        isAnimationActive={false}
        legendType="plainline"
      />
      )}
    </LineChart>
  );

  return (
    <div className="time-series-chart">
      {props.width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}

/** The chart's data as a table: its text alternative, and what print shows exactly. */
/**
 * A series' chart in its figure, with its data table as the text alternative: the one way the goal,
 * indicator and review views show a series. `title` names the chart and captions its table.
 */
export function TimeSeriesFigure({
  caption,
  summary,
  ...chart
}: TimeSeriesChartProps & { caption: ReactNode; summary?: ReactNode }) {
  const rows = buildTimeSeriesRows(chart);
  return (
    <ChartFigure caption={caption} summary={summary} table={<TimeSeriesTable rows={rows} caption={chart.title} unit={chart.unit} decimals={chart.decimals} />}>
      <TimeSeriesChart {...chart} rows={rows} />
    </ChartFigure>
  );
}

export function TimeSeriesTable({ rows, caption, unit, decimals }: { rows: ReadonlyArray<TimeSeriesRow>; caption: string; unit: string; decimals: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasTarget = rows.some((row) => row.target !== undefined);
  const hasProjection = rows.some((row) => row.projection !== undefined);
  const cell = (value: number | undefined) => (value === undefined ? '' : format.quantity(value, unit, decimals));
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.period')}</th>
            <th scope="col" className="numeric">
              {t('chart.values')}
            </th>
            {hasTarget && (
              <th scope="col" className="numeric">
                {t('chart.targetTrajectory')}
              </th>
            )}
            {hasProjection && (
              <th scope="col" className="numeric">
                {t('chart.projection')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.time}>
              <th scope="row">{format.period(row.period)}</th>
              <td className="numeric">{cell(row.value)}</td>
              {hasTarget && <td className="numeric">{cell(row.target)}</td>}
              {hasProjection && <td className="numeric">{cell(row.projection)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
