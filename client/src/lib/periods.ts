/**
 * Periods as the API writes them: `2024` (year), `2024Q3` (quarter), `2024-05` (month).
 * Charts place them on one numeric time axis as fractional years, as the attainment method does
 * (2024 → 2024, 2024Q3 → 2024.5, 2024-05 → 2024 + 4/12).
 */
export type ParsedPeriod =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number };

const PERIOD_PATTERN = /^(\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(period: string): ParsedPeriod | null {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'quarter', year, quarter: Number(match[2]) };
  if (match[3]) return { kind: 'month', year, month: Number(match[3]) };
  return { kind: 'year', year };
}

/** Fractional year of the period's start; NaN for text that is not a period. */
export function periodToTime(period: string): number {
  const parsed = parsePeriod(period);
  if (!parsed) return Number.NaN;
  switch (parsed.kind) {
    case 'year':
      return parsed.year;
    case 'quarter':
      return parsed.year + (parsed.quarter - 1) / 4;
    case 'month':
      return parsed.year + (parsed.month - 1) / 12;
  }
}

export function comparePeriods(a: string, b: string): number {
  return periodToTime(a) - periodToTime(b);
}

/** The quarter a date falls in, e.g. 2026-11-22 → `2026Q4`. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Quarters from `first` to `last` inclusive, newest first (for the as-of choice). */
export function quartersDescending(firstYear: number, lastQuarter: string): string[] {
  const last = parsePeriod(lastQuarter);
  if (last?.kind !== 'quarter') return [];
  const quarters: string[] = [];
  for (let year = last.year; year >= firstYear; year -= 1) {
    const fromQuarter = year === last.year ? last.quarter : 4;
    for (let quarter = fromQuarter; quarter >= 1; quarter -= 1) quarters.push(`${year}Q${quarter}`);
  }
  return quarters;
}

export function isQuarter(value: string | null): value is string {
  return parsePeriod(value ?? '')?.kind === 'quarter';
}
