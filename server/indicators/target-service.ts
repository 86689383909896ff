import type { Kysely } from 'kysely';
import { findAreaByCode } from '../areas/area-repository';
import { parseInput, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { badInput, notFound, type FieldProblem } from '../errors';
import { formatPeriod, parsePeriodStrict } from '../observations/period';
import { findServiceAreasByIds } from '../service-areas/service-area-repository';
import { requireStrategy } from '../strategy/strategy-service';
import { createTargetInput, updateTargetInput } from './indicator-inputs';
import type { Indicator, Target, TargetPoint } from './indicator-model';
import { findIndicatorsByIds } from './indicator-repository';
import { requireIndicator } from './indicator-service';
import {
  deleteTarget,
  findTargetIdByScope,
  findTargetsBy,
  insertTarget,
  replaceTargetPoints,
  updateTargetBaseline,
} from './target-repository';

async function requireTarget(db: Executor, id: string): Promise<Target> {
  const databaseId = toDatabaseId(id);
  const [target] = databaseId === null ? [] : await findTargetsBy(db, 'id', [databaseId]);
  if (!target) throw notFound('target', id, 'id');
  return target;
}

interface TrajectoryInput {
  baselinePeriod: string | null;
  baselineValue: number | null;
  points: Array<{ period: string; value: number }>;
}

/**
 * Checks a baseline and trajectory against the indicator: periods of its frequency, each point once,
 * values in its accepted range, the baseline before the first point. Returns the trajectory with
 * periods in canonical form and period order.
 */
function checkTrajectory(indicator: Indicator, input: TrajectoryInput): { problems: FieldProblem[]; points: TargetPoint[]; baselinePeriod: string | null } {
  const problems: FieldProblem[] = [];
  const periodProblem = (field: string, text: string) => {
    const period = parsePeriodStrict(text);
    if (period.frequency !== indicator.frequency) {
      problems.push({
        field,
        reason: `${text} is a ${period.frequency.toLowerCase()} period but ${indicator.code} is measured by ${indicator.frequency.toLowerCase()}`,
      });
    }
    return period;
  };
  const rangeProblem = (field: string, value: number) => {
    if (indicator.minValue !== null && value < indicator.minValue) {
      problems.push({ field, reason: `${value} is below the indicator's minimum ${indicator.minValue}` });
    }
    if (indicator.maxValue !== null && value > indicator.maxValue) {
      problems.push({ field, reason: `${value} is above the indicator's maximum ${indicator.maxValue}` });
    }
  };
  const baseline = input.baselinePeriod ? periodProblem('input.baselinePeriod', input.baselinePeriod) : null;
  if (input.baselineValue !== null) {
    if (!baseline) problems.push({ field: 'input.baselineValue', reason: 'needs a baselinePeriod' });
    rangeProblem('input.baselineValue', input.baselineValue);
  }
  const seen = new Map<string, number>();
  const points = input.points.map((point, index) => {
    const field = `input.points.${index}`;
    const period = formatPeriod(periodProblem(`${field}.period`, point.period));
    const earlier = seen.get(period);
    if (earlier !== undefined) problems.push({ field: `${field}.period`, reason: `${period} is already given in point ${earlier}` });
    seen.set(period, index);
    rangeProblem(`${field}.value`, point.value);
    return { period, value: point.value };
  });
  points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const baselinePeriod = baseline ? formatPeriod(baseline) : null;
  const firstPoint = points[0];
  if (baselinePeriod && firstPoint && baselinePeriod >= firstPoint.period) {
    problems.push({ field: 'input.baselinePeriod', reason: `must be before the first target period ${firstPoint.period}` });
  }
  return { problems, points, baselinePeriod };
}

export async function createTarget(db: Kysely<Database>, rawInput: unknown): Promise<Target> {
  const input = parseInput(createTargetInput, rawInput);
  const strategy = await requireStrategy(db, String(input.strategyId), 'input.strategyId');
  const indicator = await requireIndicator(db, input.indicatorCode, 'input.indicatorCode');
  const area = input.areaCode ? await findAreaByCode(db, input.areaCode) : null;
  if (input.areaCode && !area) throw notFound('area', input.areaCode, 'input.areaCode', 'code');
  const serviceAreaId = input.serviceAreaId ?? null;
  if (serviceAreaId !== null && (await findServiceAreasByIds(db, [serviceAreaId])).length === 0) {
    throw notFound('service area', serviceAreaId, 'input.serviceAreaId');
  }
  const { problems, points, baselinePeriod } = checkTrajectory(indicator, {
    baselinePeriod: input.baselinePeriod ?? null,
    baselineValue: input.baselineValue ?? null,
    points: input.points,
  });
  const scope = { strategyId: strategy.id, indicatorId: indicator.id, areaId: area?.id ?? null, serviceAreaId };
  const existingId = await findTargetIdByScope(db, scope);
  if (existingId !== undefined) {
    problems.unshift({
      field: 'input.indicatorCode',
      reason: `this strategy already has a target for ${indicator.code} in this area and service area (target ${existingId}); update it instead`,
    });
  }
  if (problems.length > 0) throw badInput(problems);
  const id = await db.transaction().execute((trx) =>
    insertTarget(trx, { ...scope, baselinePeriod, baselineValue: input.baselineValue ?? null, points, acknowledgedWarnings: [] }),
  );
  return requireTarget(db, String(id));
}

export async function editTarget(db: Kysely<Database>, id: string, rawInput: unknown): Promise<Target> {
  const existing = await requireTarget(db, id);
  const input = parseInput(updateTargetInput, rawInput);
  const [indicator] = await findIndicatorsByIds(db, [existing.indicatorId]);
  if (!indicator) throw new Error(`target ${existing.id} refers to missing indicator ${existing.indicatorId}`);
  const { problems, points, baselinePeriod } = checkTrajectory(indicator, {
    baselinePeriod: input.baselinePeriod !== undefined ? input.baselinePeriod : existing.baselinePeriod,
    baselineValue: input.baselineValue !== undefined ? input.baselineValue : existing.baselineValue,
    points: input.points ?? existing.points,
  });
  if (problems.length > 0) throw badInput(problems);
  await db.transaction().execute(async (trx) => {
    await updateTargetBaseline(trx, existing.id, {
      baselinePeriod,
      baselineValue: input.baselineValue !== undefined ? input.baselineValue : existing.baselineValue,
      acknowledgedWarnings: existing.acknowledgedWarnings,
    });
    if (input.points) await replaceTargetPoints(trx, existing.id, points);
  });
  return requireTarget(db, id);
}

export async function removeTarget(db: Kysely<Database>, id: string): Promise<Target> {
  const existing = await requireTarget(db, id);
  await deleteTarget(db, existing.id);
  return existing;
}
