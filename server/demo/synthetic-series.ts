import type { ParsedItem, RawCell } from '../loads/load-model';
import { formatPeriod, nextPeriod, type Period } from '../observations/period';

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

function series(spec: SeriesSpec, areaCode: string, serviceArea: string | null, isCounty: boolean): RawCell[] {
  const random = seededRandom(`${spec.indicator}|${areaCode}|${serviceArea}`);
  const level = isCounty ? 0 : (random() - 0.5) * 2 * spec.spread;
  const trend =
    spec.trend + (spec.trendAdjustments?.[areaCode] ?? 0) + (serviceArea ? (spec.trendAdjustments?.[serviceArea] ?? 0) : 0);
  const factor = 10 ** spec.decimals;
  return quarters().map((period, index) => {
    const noise = (random() - 0.5) * 2 * spec.noise * (isCounty ? 0.5 : 1);
    const raw = spec.start + level + (trend * index) / 4 + noise;
    const value = Math.round(Math.min(spec.max, Math.max(spec.min, raw)) * factor) / factor;
    return { field: 'value', period: formatPeriod(period), value };
  });
}

/** The synthetic series as a load's input: one record per indicator × area × service area. */
export async function* syntheticSeries(countyCode: string, municipalityCodes: readonly string[]): AsyncGenerator<ParsedItem> {
  let line = 0;
  for (const spec of SPECS) {
    const areas = [countyCode, ...(spec.municipalities ? municipalityCodes : [])];
    for (const areaCode of areas) {
      // Series split by service area also get an overall series, as real reporting would have.
      for (const serviceArea of [null, ...(spec.serviceAreas ?? [])]) {
        line += 1;
        yield {
          record: {
            line,
            indicator: { code: spec.indicator },
            areaCode,
            serviceAreaCode: serviceArea,
            cells: series(spec, areaCode, serviceArea, areaCode === countyCode),
          },
        };
      }
    }
  }
}
