import type { Kysely } from 'kysely';
import { z } from 'zod';
import { decodeCursor, pageOf, pageSize } from '../common/pagination';
import { boundedText, parseArguments, parseInput, TEXT_LIMITS, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { badInput, conflict, notFound, type FieldProblem } from '../errors';
import { requireServiceAreaIds } from '../service-areas/service-area-service';
import { createIndicatorInput, updateIndicatorInput } from './indicator-inputs';
import type { Indicator } from './indicator-model';
import {
  countIndicatorDependents,
  deleteIndicator,
  findIndicatorByCode,
  insertIndicator,
  searchIndicators,
  replaceIndicatorServiceAreas,
  updateIndicator,
  type IndicatorFields,
} from './indicator-repository';

const indicatorCode = boundedText(TEXT_LIMITS.indicatorCode);

/** An indicator code given as an argument, checked before it is looked up; `field` names it. */
export function indicatorCodeArgument(code: string, field = 'code'): string {
  return parseInput(indicatorCode, code, field);
}

export async function requireIndicator(db: Executor, code: string, field: string): Promise<Indicator> {
  const indicator = await findIndicatorByCode(db, indicatorCodeArgument(code, field));
  if (!indicator) throw notFound('indicator', code, field, 'code');
  return indicator;
}

const MAX_PAGE_SIZE = 500;

const searchArguments = z.object({
  search: boundedText(TEXT_LIMITS.search).nullish(),
  after: boundedText(TEXT_LIMITS.cursor).nullish(),
});

/** One page of indicators matching a search (code or any name) and/or a service area, by code. */
export async function searchIndicatorPage(
  db: Executor,
  args: { search?: string | null; serviceAreaId?: string | null; first?: number | null; after?: string | null },
) {
  const { search, after } = parseArguments(searchArguments, args);
  const limit = pageSize(args.first, MAX_PAGE_SIZE);
  let serviceAreaId: number | null = null;
  if (args.serviceAreaId != null) {
    serviceAreaId = toDatabaseId(args.serviceAreaId);
    if (serviceAreaId === null) throw badInput({ field: 'serviceAreaId', reason: 'is not a valid id' });
  }
  // One row more than asked tells whether another page follows.
  const { indicators, totalCount } = await searchIndicators(db, {
    search: search ?? null,
    serviceAreaId,
    afterCode: after ? decodeCursor(after) : null,
    limit: limit + 1,
  });
  return { ...pageOf(indicators, limit, (indicator) => indicator.code), totalCount };
}

/** The accepted range must be a range, and the natural limit must lie in it. */
function limitProblems(limits: Pick<Indicator, 'minValue' | 'maxValue' | 'naturalLimit'>): FieldProblem[] {
  const { minValue, maxValue, naturalLimit } = limits;
  const problems: FieldProblem[] = [];
  if (minValue !== null && maxValue !== null && minValue > maxValue) {
    problems.push({ field: 'input.maxValue', reason: `must not be less than minValue (${minValue})` });
  }
  if (naturalLimit !== null && minValue !== null && naturalLimit < minValue) {
    problems.push({ field: 'input.naturalLimit', reason: `must not be less than minValue (${minValue})` });
  }
  if (naturalLimit !== null && maxValue !== null && naturalLimit > maxValue) {
    problems.push({ field: 'input.naturalLimit', reason: `must not be greater than maxValue (${maxValue})` });
  }
  return problems;
}

export async function createIndicator(db: Kysely<Database>, rawInput: unknown): Promise<Indicator> {
  const input = parseInput(createIndicatorInput, rawInput);
  const fields: IndicatorFields = {
    code: input.code,
    name: input.name,
    unit: input.unit,
    decimals: input.decimals,
    direction: input.direction,
    naturalLimit: input.naturalLimit ?? null,
    minValue: input.minValue ?? null,
    maxValue: input.maxValue ?? null,
    frequency: input.frequency,
    source: input.source,
    sourceId: input.sourceId ?? null,
    definition: input.definition ?? null,
  };
  const problems = limitProblems(fields);
  if (await findIndicatorByCode(db, input.code)) {
    problems.unshift({ field: 'input.code', reason: `the code ${input.code} is already in use` });
  }
  if (problems.length > 0) throw badInput(problems);
  const serviceAreaIds = await requireServiceAreaIds(db, input.serviceAreaIds ?? [], 'input.serviceAreaIds');
  return db.transaction().execute(async (trx) => {
    const indicator = await insertIndicator(trx, fields, Date.now());
    await replaceIndicatorServiceAreas(trx, indicator.id, serviceAreaIds);
    return indicator;
  });
}

export async function editIndicator(db: Kysely<Database>, code: string, rawInput: unknown): Promise<Indicator> {
  const existing = await requireIndicator(db, code, 'code');
  const input = parseInput(updateIndicatorInput, rawInput);
  const fields: Partial<IndicatorFields> = {};
  for (const key of ['name', 'unit', 'decimals', 'direction', 'frequency', 'source'] as const) {
    if (input[key] != null) Object.assign(fields, { [key]: input[key] });
  }
  for (const key of ['naturalLimit', 'minValue', 'maxValue', 'sourceId', 'definition'] as const) {
    if (input[key] !== undefined) Object.assign(fields, { [key]: input[key] });
  }
  const problems = limitProblems({ ...existing, ...fields });
  if (fields.frequency && fields.frequency !== existing.frequency) {
    const { observations } = await countIndicatorDependents(db, existing.id);
    if (observations > 0) {
      problems.push({
        field: 'input.frequency',
        reason: `cannot change while the indicator has ${observations} observation(s) at frequency ${existing.frequency}`,
      });
    }
  }
  if (problems.length > 0) throw badInput(problems);
  const serviceAreaIds =
    input.serviceAreaIds == null ? null : await requireServiceAreaIds(db, input.serviceAreaIds, 'input.serviceAreaIds');
  return db.transaction().execute(async (trx) => {
    const indicator = await updateIndicator(trx, existing, fields, Date.now());
    if (serviceAreaIds) await replaceIndicatorServiceAreas(trx, indicator.id, serviceAreaIds);
    return indicator;
  });
}

/** Refused while anything refers to the indicator: its data and history must not vanish by accident. */
export async function removeIndicator(db: Kysely<Database>, code: string): Promise<Indicator> {
  const existing = await requireIndicator(db, code, 'code');
  const dependents = await countIndicatorDependents(db, existing.id);
  const inUse = [
    dependents.observations > 0 ? `${dependents.observations} observation(s)` : null,
    dependents.targets > 0 ? `${dependents.targets} target(s)` : null,
    dependents.goalLinks > 0 ? `${dependents.goalLinks} goal link(s)` : null,
  ].filter(Boolean);
  if (inUse.length > 0) throw conflict(`indicator ${existing.code} is still used by ${inUse.join(', ')}`);
  await deleteIndicator(db, existing.id);
  return existing;
}
