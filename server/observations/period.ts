/**
 * Periods are the time axis of every series: `2024` (year), `2024Q3` (quarter), `2024-05` (month).
 * They are stored as these strings, which sort correctly within one frequency, and converted to
 * fractional years only for arithmetic (attainment's growth rates, chart axes).
 */

export type Frequency = 'YEAR' | 'QUARTER' | 'MONTH';

export interface Period {
  frequency: Frequency;
  year: number;
  /** Quarter 1–4, month 1–12, or 1 for a year. */
  index: number;
}

export type PeriodParseResult =
  | { ok: true; period: Period }
  | { ok: false; reason: string };

/** Years outside this range are almost certainly typos (e.g. `224` or `20244`). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const PERIOD_PATTERN = /^(\d{4})(?:([Qq])(\d{1,2})|-(\d{1,2}))?$/;

export function parsePeriod(text: string): PeriodParseResult {
  const trimmed = text.trim();
  const match = PERIOD_PATTERN.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      reason: `"${trimmed}" is not a period; write a year (2024), a quarter (2024Q3) or a month (2024-05)`,
    };
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reason: `year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}` };
  }
  if (match[3] !== undefined) {
    const quarter = Number(match[3]);
    if (quarter < 1 || quarter > 4) {
      return { ok: false, reason: `quarter ${quarter} does not exist; quarters are 1–4` };
    }
    return { ok: true, period: { frequency: 'QUARTER', year, index: quarter } };
  }
  if (match[4] !== undefined) {
    const month = Number(match[4]);
    if (month < 1 || month > 12) {
      return { ok: false, reason: `month ${month} does not exist; months are 01–12` };
    }
    return { ok: true, period: { frequency: 'MONTH', year, index: month } };
  }
  return { ok: true, period: { frequency: 'YEAR', year, index: 1 } };
}

/** A valid period with its canonical text, as the period cache below remembers them. */
export interface CanonicalPeriod {
  period: Period;
  /** `2024`, `2024Q3` or `2024-05`. */
  text: string;
  /** periodToTime(period): the period's start as a fractional year. */
  time: number;
}

/**
 * Stored periods are few (a few hundred distinct strings) but parsed millions of times, by a load
 * and when a heat map is judged, so valid ones are remembered with their canonical text. Invalid
 * ones are not (garbage must not fill memory). Periods are frozen: callers share them.
 */
const canonicalPeriods = new Map<string, CanonicalPeriod>();
const CANONICAL_PERIODS_LIMIT = 50_000;

/** parsePeriod for hot paths, answering from the cache above. */
export function parsePeriodCached(text: string): { ok: true; value: CanonicalPeriod } | { ok: false; reason: string } {
  const cached = canonicalPeriods.get(text);
  if (cached) return { ok: true, value: cached };
  const result = parsePeriod(text);
  if (!result.ok) return result;
  const value = { period: Object.freeze(result.period), text: formatPeriod(result.period), time: periodToTime(result.period) };
  if (canonicalPeriods.size >= CANONICAL_PERIODS_LIMIT) canonicalPeriods.clear();
  canonicalPeriods.set(text, value);
  return { ok: true, value };
}

/** Parses a period that is known to be valid (e.g. read back from the database). */
export function parsePeriodStrict(text: string): Period {
  return canonicalPeriodStrict(text).period;
}

/** parsePeriodStrict with the canonical text and time, from the cache above. */
export function canonicalPeriodStrict(text: string): CanonicalPeriod {
  // The cache is read first so that the hot path allocates no result object.
  const cached = canonicalPeriods.get(text);
  if (cached) return cached;
  const result = parsePeriodCached(text);
  if (!result.ok) throw new Error(`invalid period: ${result.reason}`);
  return result.value;
}

/** The canonical string form: `2024`, `2024Q3`, `2024-05`. */
export function formatPeriod(period: Period): string {
  switch (period.frequency) {
    case 'YEAR':
      return String(period.year);
    case 'QUARTER':
      return `${period.year}Q${period.index}`;
    case 'MONTH':
      return `${period.year}-${String(period.index).padStart(2, '0')}`;
  }
}

/** Normalises user input such as `2024q3` or `2024-5` to the stored form, or null if invalid. */
export function normalizePeriod(text: string): string | null {
  const result = parsePeriod(text);
  return result.ok ? formatPeriod(result.period) : null;
}

/**
 * The period's start as a fractional year, as the attainment method defines it (server/attainment/METHOD.md):
 * 2024 → 2024, 2024Q3 → 2024.5, 2024-05 → 2024 + 4/12.
 */
export function periodToTime(period: Period): number {
  switch (period.frequency) {
    case 'YEAR':
      return period.year;
    case 'QUARTER':
      return period.year + (period.index - 1) / 4;
    case 'MONTH':
      return period.year + (period.index - 1) / 12;
  }
}

/** Orders periods by time; periods of different frequencies that start together order year < quarter < month. */
export function comparePeriods(a: Period, b: Period): number {
  const difference = periodToTime(a) - periodToTime(b);
  if (difference !== 0) return difference;
  return FREQUENCY_ORDER[a.frequency] - FREQUENCY_ORDER[b.frequency];
}

const FREQUENCY_ORDER: Record<Frequency, number> = { YEAR: 0, QUARTER: 1, MONTH: 2 };

/** The first instant after the period ends, in UTC: 2025Q2 → 2025-07-01T00:00:00Z. */
export function periodEndExclusive(period: Period): Date {
  switch (period.frequency) {
    case 'YEAR':
      return new Date(Date.UTC(period.year + 1, 0, 1));
    case 'QUARTER':
      return new Date(Date.UTC(period.year, period.index * 3, 1));
    case 'MONTH':
      return new Date(Date.UTC(period.year, period.index, 1));
  }
}

/** The quarter a date falls in, e.g. 2026-11-22 → 2026Q4. */
export function quarterOf(date: Date): Period {
  return { frequency: 'QUARTER', year: date.getUTCFullYear(), index: Math.floor(date.getUTCMonth() / 3) + 1 };
}

/** The period before, at the same frequency: 2025Q1 → 2024Q4. */
export function previousPeriod(period: Period): Period {
  if (period.index > 1) return { ...period, index: period.index - 1 };
  const last = period.frequency === 'YEAR' ? 1 : period.frequency === 'QUARTER' ? 4 : 12;
  return { ...period, year: period.year - 1, index: last };
}

/** The period after, at the same frequency: 2024Q4 → 2025Q1. */
export function nextPeriod(period: Period): Period {
  const last = period.frequency === 'YEAR' ? 1 : period.frequency === 'QUARTER' ? 4 : 12;
  if (period.index < last) return { ...period, index: period.index + 1 };
  return { ...period, year: period.year + 1, index: 1 };
}

/**
 * The last period of each frequency that has ended by the end of `asOf`: as of 2024Q2, the year
 * 2023, the quarter 2024Q2 and the month 2024-06. A series' value is visible then if its period is
 * at most the bound of its frequency (stored periods of one frequency sort as strings).
 */
export function latestVisiblePeriods(asOf: Period): Record<Frequency, string> {
  const endMonth = asOf.frequency === 'YEAR' ? 12 : asOf.frequency === 'QUARTER' ? asOf.index * 3 : asOf.index;
  const year: Period = { frequency: 'YEAR', year: endMonth === 12 ? asOf.year : asOf.year - 1, index: 1 };
  const quarterIndex = Math.floor(endMonth / 3);
  const quarter: Period =
    quarterIndex === 0
      ? { frequency: 'QUARTER', year: asOf.year - 1, index: 4 }
      : { frequency: 'QUARTER', year: asOf.year, index: quarterIndex };
  const month: Period = { frequency: 'MONTH', year: asOf.year, index: endMonth };
  return { YEAR: formatPeriod(year), QUARTER: formatPeriod(quarter), MONTH: formatPeriod(month) };
}
