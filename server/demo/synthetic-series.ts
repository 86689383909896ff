import type { ParsedItem } from '../loads/load-model';
import { formatPeriod, nextPeriod, periodEndExclusive, type Period } from '../observations/period';

/**
 * Made-up quarterly series, so the demo's quarterly views and reviews have data. They are
 * deterministic (a seeded generator), plausible in size, and labelled synthetic in every indicator's
 * source and definition. Trends are chosen so the demo shows every status: some series improve,
 * some stall, some get worse, and Savonlinna (740) fares worse on access than the rest of the county.
 */
interface SeriesSpec {
  indicator: string;
  /** Per-municipality series as well as the county's own. */
  municipalities: boolean;
  serviceAreas: string[] | null;
  start: number;
  /** Change per year. */
  trend: number;
  noise: number;
  /** Spread of the municipalities' levels around the county's. */
  spread: number;
  decimals: number;
  min: number;
  max: number;
  /** Extra change per year for particular municipalities or service areas. */
  trendAdjustments?: Record<string, number>;
}

const SPECS: SeriesSpec[] = [
  {
    indicator: 'internal:care-guarantee-7d',
    municipalities: true,
    serviceAreas: null,
    start: 58,
    trend: 2.6,
    noise: 1.6,
    spread: 6,
    decimals: 1,
    min: 0,
    max: 100,
    trendAdjustments: { '740': -3.4, '593': -1.5 },
  },
  {
    indicator: 'internal:customer-satisfaction',
    municipalities: true,
    serviceAreas: ['children-families', 'older-people', 'mental-health-substance-abuse', 'primary-health-care'],
    start: 77,
    trend: 0.9,
    noise: 1.2,
    spread: 4,
    decimals: 1,
    min: 0,
    max: 100,
    trendAdjustments: { 'mental-health-substance-abuse': -1.6, '740': -0.8 },
  },
  {
    indicator: 'internal:mental-health-wait-days',
    municipalities: true,
    serviceAreas: null,
    start: 13,
    trend: 1.1,
    noise: 0.8,
    spread: 3,
    decimals: 0,
    min: 1,
    max: 365,
    trendAdjustments: { '491': -1.4, '740': 0.9 },
  },
  {
    indicator: 'internal:emergency-wait-minutes',
    municipalities: false,
    serviceAreas: null,
    start: 96,
    trend: -6.5,
    noise: 3,
    spread: 0,
    decimals: 0,
    min: 5,
    max: 600,
  },
  {
    indicator: 'internal:rescue-in-time',
    municipalities: true,
    serviceAreas: null,
    start: 81,
    trend: 1.7,
    noise: 1.5,
    spread: 5,
    decimals: 1,
    min: 0,
    max: 100,
  },
  {
    indicator: 'internal:home-living-75',
    municipalities: true,
    serviceAreas: null,
    start: 90.4,
    trend: 0.22,
    noise: 0.15,
    spread: 1.2,
    decimals: 1,
    min: 0,
    max: 100,
  },
  {
    indicator: 'internal:staff-turnover',
    municipalities: false,
    serviceAreas: ['children-families', 'older-people', 'mental-health-substance-abuse', 'primary-health-care'],
    start: 9,
    trend: 0.45,
    noise: 0.5,
    spread: 0,
    decimals: 1,
    min: 0,
    max: 100,
    trendAdjustments: { 'older-people': 0.8, 'primary-health-care': -0.7 },
  },
  {
    indicator: 'internal:sick-leave-days',
    municipalities: false,
    serviceAreas: null,
    start: 17.2,
    trend: -0.35,
    noise: 0.5,
    spread: 0,
    decimals: 1,
    min: 0,
    max: 365,
  },
];

export const SYNTHETIC_FIRST_QUARTER: Period = { frequency: 'QUARTER', year: 2021, index: 1 };
export const SYNTHETIC_LAST_QUARTER: Period = { frequency: 'QUARTER', year: 2026, index: 3 };

/** mulberry32: a small, well-known seeded generator; good enough for demo noise. */
function seededRandom(seedText: string): () => number {
  let seed = 0;
  for (const character of seedText) seed = (Math.imul(seed, 31) + character.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quarters(): Period[] {
  const list: Period[] = [];
  for (let period = SYNTHETIC_FIRST_QUARTER; ; period = nextPeriod(period)) {
    list.push(period);
    if (formatPeriod(period) === formatPeriod(SYNTHETIC_LAST_QUARTER)) return list;
  }
}

/** The final value of every quarter of one series. */
function finalValues(spec: SeriesSpec, areaCode: string, serviceArea: string | null, isCounty: boolean): number[] {
  const random = seededRandom(`${spec.indicator}|${areaCode}|${serviceArea}`);
  const level = isCounty ? 0 : (random() - 0.5) * 2 * spec.spread;
  const trend =
    spec.trend + (spec.trendAdjustments?.[areaCode] ?? 0) + (serviceArea ? (spec.trendAdjustments?.[serviceArea] ?? 0) : 0);
  return quarters().map((_period, index) => {
    const noise = (random() - 0.5) * 2 * spec.noise * (isCounty ? 0.5 : 1);
    return round(spec, spec.start + level + (trend * index) / 4 + noise);
  });
}

function round(spec: SeriesSpec, raw: number): number {
  const factor = 10 ** spec.decimals;
  return Math.round(Math.min(spec.max, Math.max(spec.min, raw)) * factor) / factor;
}

interface SyntheticSeries {
  spec: SeriesSpec;
  areaCode: string;
  serviceArea: string | null;
  finals: number[];
  /** The first, provisional figure of each quarter, revised to the final one a quarter later. */
  provisionals: number[];
}

function allSeries(countyCode: string, municipalityCodes: readonly string[]): SyntheticSeries[] {
  const list: SyntheticSeries[] = [];
  for (const spec of SPECS) {
    for (const areaCode of [countyCode, ...(spec.municipalities ? municipalityCodes : [])]) {
      // Series split by service area also get an overall series, as real reporting would have.
      for (const serviceArea of [null, ...(spec.serviceAreas ?? [])]) {
        const finals = finalValues(spec, areaCode, serviceArea, areaCode === countyCode);
        const revision = seededRandom(`revision|${spec.indicator}|${areaCode}|${serviceArea}`);
        const provisionals = finals.map((value) => round(spec, value + (revision() - 0.5) * spec.noise));
        list.push({ spec, areaCode, serviceArea, finals, provisionals });
      }
    }
  }
  return list;
}

/** When a quarter's figures are reported: six weeks after it ends, as internal reporting runs. */
function reportingTime(quarter: Period): Date {
  const end = periodEndExclusive(quarter);
  return new Date(end.getTime() + 45 * 24 * 60 * 60 * 1000 + 8 * 60 * 60 * 1000);
}

/**
 * The synthetic series as a history of quarterly loads: each reports the new quarter's figures as
 * provisional and the previous quarter's final figures (often revised), as real internal reporting
 * does. Loaded in order, they give the demo a revision history for `asOf` and the quarterly review.
 */
export function syntheticQuarterlyLoads(
  countyCode: string,
  municipalityCodes: readonly string[],
): Array<{ quarter: string; recordedAt: Date; items: () => AsyncGenerator<ParsedItem> }> {
  const series = allSeries(countyCode, municipalityCodes);
  const allQuarters = quarters();
  return allQuarters.map((quarter, index) => ({
    quarter: formatPeriod(quarter),
    recordedAt: reportingTime(quarter),
    items: async function* () {
      let line = 0;
      for (const { spec, areaCode, serviceArea, finals, provisionals } of series) {
        const cells = [];
        const previous = index > 0 ? allQuarters[index - 1] : undefined;
        if (previous) cells.push({ field: 'value', period: formatPeriod(previous), value: finals[index - 1] ?? null, provisional: false });
        cells.push({ field: 'value', period: formatPeriod(quarter), value: provisionals[index] ?? null, provisional: true });
        line += 1;
        yield { record: { line, indicator: { code: spec.indicator }, areaCode, serviceAreaCode: serviceArea, cells } };
      }
    },
  }));
}
