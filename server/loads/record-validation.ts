import type { Indicator } from '../indicators/indicator-model';
import { ALL_SERVICE_AREAS } from '../observations/observation-model';
import { parsePeriodCached } from '../observations/period';
import type { RawCell, RawRecord, Rejection, ValidRow } from './load-model';
import { parseDecimal, parseFlag } from './number-parsing';

export type IndicatorLookup = Pick<
  Indicator,
  'id' | 'code' | 'frequency' | 'direction' | 'minValue' | 'maxValue' | 'naturalLimit'
>;

/** What validation checks a record against, read once per load. */
export interface ValidationLookups {
  indicatorsByCode: ReadonlyMap<string, IndicatorLookup>;
  indicatorsBySotkanetId: ReadonlyMap<string, IndicatorLookup>;
  areaIdsByCode: ReadonlyMap<string, number>;
  /** Municipalities that no longer exist (merged), by code, with their names. */
  formerAreaNames: ReadonlyMap<string, string>;
  serviceAreaIdsByCode: ReadonlyMap<string, number>;
}

/** Shortens an offending value for the report, so one huge cell cannot bloat it. */
export function excerpt(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function frequencyWord(frequency: string): string {
  return frequency === 'YEAR' ? 'annual' : frequency === 'QUARTER' ? 'quarterly' : 'monthly';
}

/**
 * Checks one record against the indicators, areas and service areas the database knows, and each of
 * its cells for period, number and range. Returns the valid rows, and the reasons for each refused
 * row: a problem with the indicator or area refuses the record as a whole, once, not once per cell;
 * otherwise each refused cell is a row, with every problem it has.
 */
export function validateRecord(record: RawRecord, lookups: ValidationLookups): { rows: ValidRow[]; refused: Rejection[][] } {
  const rejected = new LineRejections(record.line);

  let indicator: IndicatorLookup | undefined;
  if ('code' in record.indicator) {
    const code = record.indicator.code.trim();
    indicator = lookups.indicatorsByCode.get(code);
    if (!code) rejected.add('indicator', code, 'MISSING_FIELD', 'the indicator code is empty');
    else if (!indicator) {
      rejected.add('indicator', code, 'UNKNOWN_INDICATOR', `no indicator has the code "${code}"; define it first or correct the code`);
    }
  } else {
    const sotkanetId = record.indicator.sotkanetId.trim();
    indicator = lookups.indicatorsBySotkanetId.get(sotkanetId);
    if (!indicator) {
      rejected.add(
        'indicator',
        sotkanetId,
        'UNKNOWN_INDICATOR',
        `Sotkanet indicator ${sotkanetId} is not defined here; create it (from Sotkanet's metadata) or leave its rows out`,
      );
    }
  }

  const areaCode = record.areaCode.trim();
  const areaId = lookups.areaIdsByCode.get(areaCode);
  if (areaId === undefined) {
    const label = record.areaLabel ? ` (${record.areaLabel})` : '';
    const formerName = lookups.formerAreaNames.get(areaCode);
    if (!areaCode) rejected.add('area', areaCode, 'MISSING_FIELD', 'the area code is empty');
    else if (formerName !== undefined) {
      rejected.add(
        'area',
        areaCode,
        'FORMER_AREA',
        `${areaCode} ${formerName} is a former municipality that has merged into another; its values cannot be placed on today's map`,
      );
    } else rejected.add('area', areaCode, 'UNKNOWN_AREA', `no area has the code "${areaCode}"${label}`);
  }

  let serviceAreaId = ALL_SERVICE_AREAS;
  const serviceAreaCode = record.serviceAreaCode?.trim();
  if (serviceAreaCode) {
    const id = lookups.serviceAreaIdsByCode.get(serviceAreaCode);
    if (id === undefined) {
      rejected.add('service_area', serviceAreaCode, 'UNKNOWN_SERVICE_AREA', `no service area has the code "${serviceAreaCode}"`);
    } else serviceAreaId = id;
  }

  if (!indicator || areaId === undefined || rejected.refused.length > 0) return { rows: [], refused: rejected.refused };

  const rows: ValidRow[] = [];
  for (const cell of record.cells) {
    rejected.nextRow();
    const row = validateCell(cell, indicator, rejected, { line: record.line, indicatorId: indicator.id, areaId, serviceAreaId });
    if (row) rows.push(row);
  }
  return { rows, refused: rejected.refused };
}

/**
 * The rejections of one line, grouped by refused row (the record, or one of its cells). A class
 * rather than a closure: validation runs once per row of files with millions of them, and a method
 * costs nothing to create.
 */
class LineRejections {
  readonly refused: Rejection[][] = [];
  private current: Rejection[] | null = null;

  constructor(private readonly line: number) {}

  /** The next rejection is the first reason of another refused row. */
  nextRow(): void {
    this.current = null;
  }

  add(field: string | null, value: unknown, code: Rejection['code'], reason: string): void {
    if (this.current === null) {
      this.current = [];
      this.refused.push(this.current);
    }
    this.current.push({ line: this.line, field, value: excerpt(value), code, reason });
  }
}

type RowKey = Pick<ValidRow, 'line' | 'indicatorId' | 'areaId' | 'serviceAreaId'>;

function validateCell(cell: RawCell, indicator: IndicatorLookup, rejected: LineRejections, key: RowKey): ValidRow | null {
  const parsedPeriod = parsePeriodCached(String(cell.period));
  if (!parsedPeriod.ok) {
    rejected.add(cell.field === 'value' ? 'period' : cell.field, cell.period, 'INVALID_PERIOD', parsedPeriod.reason);
    return null;
  }
  const { period, text: periodText } = parsedPeriod.value;
  if (period.frequency !== indicator.frequency) {
    rejected.add(
      cell.field === 'value' ? 'period' : cell.field,
      cell.period,
      'WRONG_FREQUENCY',
      `${periodText} is a ${frequencyWord(period.frequency)} period, but ${indicator.code} is ${frequencyWord(indicator.frequency)}`,
    );
    return null;
  }

  const numbers: Record<'value' | 'numerator' | 'denominator', number | null> = {
    value: null,
    numerator: null,
    denominator: null,
  };
  let valid = true;
  for (const name of ['value', 'numerator', 'denominator'] as const) {
    const raw = cell[name];
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    const parsed = parseDecimal(raw);
    const field = name === 'value' ? cell.field : name;
    if (!parsed.ok) {
      rejected.add(field, raw, 'INVALID_NUMBER', parsed.reason);
      valid = false;
    } else numbers[name] = parsed.value;
  }
  const provisional = parseFlag(cell.provisional);
  if (!provisional.ok) {
    rejected.add('provisional', cell.provisional, 'INVALID_FLAG', provisional.reason);
    valid = false;
  }
  if (!valid || !provisional.ok) return null;

  const value = numbers.value;
  if (value !== null) {
    const problem = rangeProblem(value, indicator);
    if (problem) {
      rejected.add(cell.field, cell.value, 'OUT_OF_RANGE', problem);
      return null;
    }
  }
  if (numbers.denominator === 0) {
    rejected.add('denominator', cell.denominator, 'INVALID_NUMBER', 'a denominator of 0 cannot give a value');
    return null;
  }
  // One literal with every field (no spreads): see LineRejections.
  return {
    line: key.line,
    indicatorId: key.indicatorId,
    areaId: key.areaId,
    serviceAreaId: key.serviceAreaId,
    period: periodText,
    value,
    numerator: numbers.numerator,
    denominator: numbers.denominator,
    provisional: provisional.value ? 1 : 0,
  };
}

/** A value must lie in the indicator's accepted range and not pass its natural limit. */
export function rangeProblem(value: number, indicator: IndicatorLookup): string | null {
  if (indicator.minValue !== null && value < indicator.minValue) {
    return `${value} is below the smallest value ${indicator.code} accepts (${indicator.minValue})`;
  }
  if (indicator.maxValue !== null && value > indicator.maxValue) {
    return `${value} is above the largest value ${indicator.code} accepts (${indicator.maxValue})`;
  }
  const limit = indicator.naturalLimit;
  if (limit !== null) {
    // The natural limit bounds the direction of improvement: 0 % for lower-is-better, 100 % for higher.
    if (indicator.direction === 'LOWER_IS_BETTER' && value < limit) {
      return `${value} is below ${indicator.code}'s natural limit ${limit}`;
    }
    if (indicator.direction === 'HIGHER_IS_BETTER' && value > limit) {
      return `${value} is above ${indicator.code}'s natural limit ${limit}`;
    }
  }
  return null;
}
