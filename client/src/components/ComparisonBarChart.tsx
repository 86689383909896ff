import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../lib/format';

export interface ComparisonItem {
  code: string;
  name: string;
  value: number;
}

interface ComparisonBarChartProps {
  /** Sorted as they should be drawn, largest first. */
  items: ReadonlyArray<ComparisonItem>;
  selectedCode: string | null;
  /** Codes drawn darker than the rest, e.g. the county's municipalities among all of Finland's. */
  emphasisedCodes?: ReadonlySet<string>;
  title: string;
  unit: string;
  decimals: number;
  width?: number;
}

/** Bars pass 3:1 against white; in the all-Finland profile the other municipalities are the light background. */
const BAR_COLOUR = '#4a6fa5';
const BACKGROUND_BAR_COLOUR = '#aab9cf';
const EMPHASIS_COLOUR = '#1d4f91';
const SELECTED_COLOUR = '#a14a00';
/** With more bars than this the names do not fit; columns without names then show the distribution. */
const MAX_NAMED_BARS = 40;

/**
 * Municipalities compared in one period. Few: named horizontal bars. Many (all of Finland): a sorted
 * column profile where the county and the selected municipality stand out; the table names them all.
 */
export function ComparisonBarChart({ items, selectedCode, emphasisedCodes, title, unit, decimals, width }: ComparisonBarChartProps) {
  const format = useFormat();
  const named = items.length <= MAX_NAMED_BARS;
  const height = named ? Math.max(160, items.length * 26 + 40) : 280;
  const colourOf = (code: string) => {
    if (code === selectedCode) return SELECTED_COLOUR;
    if (named) return BAR_COLOUR;
    return emphasisedCodes?.has(code) ? EMPHASIS_COLOUR : BACKGROUND_BAR_COLOUR;
  };
  const data = items.map((item) => ({ ...item, label: item.code === selectedCode ? `▶ ${item.name}` : item.name }));

  const chart = named ? (
    <BarChart data={data} layout="vertical" accessibilityLayer title={title} margin={{ top: 4, right: 24, bottom: 4, left: 4 }} {...(width ? { width, height } : {})}>
      <CartesianGrid stroke="#d9dee5" strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={(value: number) => format.axisNumber(value)} stroke="#4b5563" />
      <YAxis type="category" dataKey="label" width={130} interval={0} stroke="#4b5563" tick={{ fontSize: 13 }} />
      <Tooltip formatter={(value) => [typeof value === 'number' ? format.quantity(value, unit, decimals) : String(value), '']} separator="" />
      <Bar dataKey="value" isAnimationActive={false}>
        {data.map((item) => (
          <Cell key={item.code} fill={colourOf(item.code)} />
        ))}
      </Bar>
    </BarChart>
  ) : (
    <BarChart data={data} accessibilityLayer title={title} barCategoryGap={0} margin={{ top: 4, right: 8, bottom: 4, left: 4 }} {...(width ? { width, height } : {})}>
      <XAxis dataKey="label" tick={false} stroke="#4b5563" />
      <YAxis tickFormatter={(value: number) => format.axisNumber(value)} stroke="#4b5563" width={56} />
      <Tooltip formatter={(value) => [typeof value === 'number' ? format.quantity(value, unit, decimals) : String(value), '']} separator="" />
      <Bar dataKey="value" isAnimationActive={false}>
        {data.map((item) => (
          <Cell key={item.code} fill={colourOf(item.code)} />
        ))}
      </Bar>
    </BarChart>
  );

  return (
    <div className="comparison-chart">
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
