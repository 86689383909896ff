import type { Kysely } from 'kysely';
import { findAreaByCode } from '../areas/area-repository';
import { readJudgedSeries } from '../attainment/attainment-service';
import { chooseBaseline, type TimedValue } from '../attainment/method';
import { baselineOverride } from '../attainment/target-choice';
import { parseInput, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { AppError, badInput, notFound, type FieldProblem } from '../errors';
import { formatPeriod, parsePeriodStrict } from '../observations/period';
import { findServiceAreasByIds } from '../service-areas/service-area-repository';
import type { Strategy } from '../strategy/strategy-model';
import { requireStrategy } from '../strategy/strategy-service';
import { createTargetInput, updateTargetInput } from './indicator-inputs';
import type { Indicator, Target, TargetPoint, TargetWarningCode } from './indicator-model';
import { findIndicatorsByIds } from './indicator-repository';
import { requireIndicator } from './indicator-service';
import { checkTargetValues, type TargetWarning } from './target-checks';
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

/** A target as it would be saved: periods in canonical form, points in the order given. */
interface TargetDraft {
  strategy: Strategy;
  indicator: Indicator;
  areaId: number | null;
  serviceAreaId: number | null;
  baselinePeriod: string | null;
  baselineValue: number | null;
  points: TargetPoint[];
}

export interface TargetCheck {
  /** The baseline the target would be measured from; null when neither given nor in the data. */
  baseline: TimedValue | null;
  warnings: TargetWarning[];
}

/**
 * Checks the form of a baseline and trajectory against the indicator: periods of its frequency, each
 * point once, a baseline value only with its period. Returns the periods in canonical form, the
 * points in the order given (warnings refer to them by index). What may be a mistake rather than
 * malformed (a point before the baseline, a value out of range…) is for the warnings.
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
  const baseline = input.baselinePeriod ? periodProblem('input.baselinePeriod', input.baselinePeriod) : null;
  if (input.baselineValue !== null && !baseline) problems.push({ field: 'input.baselineValue', reason: 'needs a baselinePeriod' });
  const seen = new Map<string, number>();
  const points = input.points.map((point, index) => {
    const field = `input.points.${index}`;
    const period = formatPeriod(periodProblem(`${field}.period`, point.period));
    const earlier = seen.get(period);
    if (earlier !== undefined) problems.push({ field: `${field}.period`, reason: `${period} is already given in point ${earlier}` });
    seen.set(period, index);
    return { period, value: point.value };
  });
  return { problems, points, baselinePeriod: baseline ? formatPeriod(baseline) : null };
}

/**
 * The baseline a draft would be measured from, by attainment's own rule for its series (the area's,
 * or for an organisation-wide target the organisation's), and the draft's warnings.
 */
async function checkDraft(db: Kysely<Database>, draft: TargetDraft): Promise<TargetCheck> {
  const fromYear = Math.min(draft.strategy.baselineYear, draft.baselinePeriod ? parsePeriodStrict(draft.baselinePeriod).year : Infinity);
  const values = await readJudgedSeries(db, {
    indicatorId: draft.indicator.id,
    areaId: draft.areaId ?? draft.strategy.organisationAreaId,
    serviceAreaId: draft.serviceAreaId,
    fromYear,
  });
  const baseline = chooseBaseline(values, draft.strategy.baselineYear, baselineOverride(draft, values));
  const warnings = checkTargetValues({
    direction: draft.indicator.direction,
    naturalLimit: draft.indicator.naturalLimit,
    minValue: draft.indicator.minValue,
    maxValue: draft.indicator.maxValue,
    baseline,
    givenBaselinePeriod: draft.baselinePeriod,
    givenBaselineValue: draft.baselineValue,
    points: draft.points,
  });
  return { baseline, warnings };
}

const WARNING_ORDER: readonly TargetWarningCode[] = ['WORSE_THAN_BASELINE', 'POINT_BEFORE_BASELINE', 'OUTSIDE_NATURAL_LIMIT', 'OUTSIDE_ACCEPTED_RANGE'];

/**
 * Warnings that no acknowledgement makes right: attainment ignores target points at or before the
 * baseline, and a value the indicator's accepted range excludes can never be loaded, so such a
 * target could never be judged or met.
 */
const ALWAYS_REFUSED: ReadonlySet<TargetWarningCode> = new Set(['POINT_BEFORE_BASELINE', 'OUTSIDE_ACCEPTED_RANGE']);

function codesOf(warnings: readonly TargetWarning[]): TargetWarningCode[] {
  return WARNING_ORDER.filter((code) => warnings.some((warning) => warning.code === code));
}

/**
 * Refuses a draft with warnings that are not acknowledged (BAD_USER_INPUT on `input.points`, reason
 * UNACKNOWLEDGED_WARNING, the codes in `warnings`), and any that cannot be, on the field at fault.
 * Returns the acknowledged warnings that apply, to be stored with the target.
 */
function acceptWarnings(draft: TargetDraft, warnings: readonly TargetWarning[], acknowledged: readonly TargetWarningCode[]): TargetWarningCode[] {
  const refused = warnings.filter((warning) => ALWAYS_REFUSED.has(warning.code));
  if (refused.length > 0) {
    const problems = new Map<string, string>();
    const [firstPoint] = [...draft.points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    for (const warning of refused) {
      const point = warning.pointIndex === null ? null : draft.points[warning.pointIndex];
      if (warning.code === 'OUTSIDE_ACCEPTED_RANGE') {
        problems.set(point ? `input.points.${warning.pointIndex}.value` : 'input.baselineValue', warning.message);
      } else if (draft.baselinePeriod && point && point.period <= draft.baselinePeriod && firstPoint) {
        // The baseline typed is what is out of place: said as the form's baseline field has always said it.
        problems.set('input.baselinePeriod', `must be before the first target period ${firstPoint.period}`);
      } else {
        problems.set(`input.points.${warning.pointIndex}.period`, warning.message);
      }
    }
    throw badInput(
      [...problems].map(([field, reason]) => ({ field, reason })),
      { warnings: codesOf(refused) },
    );
  }
  const open = warnings.filter((warning) => !acknowledged.includes(warning.code));
  if (open.length > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `input.points: the target has warnings to acknowledge (UNACKNOWLEDGED_WARNING): ${open.map((warning) => warning.message).join('; ')}`,
      [{ field: 'input.points', reason: 'UNACKNOWLEDGED_WARNING' }],
      { warnings: codesOf(open) },
    );
  }
  return codesOf(warnings);
}

/** Reads a CreateTargetInput and what it points at (NOT_FOUND naming the field); malformed input is BAD_USER_INPUT. */
async function draftOf(db: Kysely<Database>, rawInput: unknown) {
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
  const draft: TargetDraft = {
    strategy,
    indicator,
    areaId: area?.id ?? null,
    serviceAreaId,
    baselinePeriod,
    baselineValue: input.baselineValue ?? null,
    points,
  };
  return { input, draft, problems };
}

/** What createTarget would make of the input: its baseline and warnings, for the form's live preview. */
export async function checkTarget(db: Kysely<Database>, rawInput: unknown): Promise<TargetCheck> {
  const { draft, problems } = await draftOf(db, rawInput);
  if (problems.length > 0) throw badInput(problems);
  return checkDraft(db, draft);
}

function inPeriodOrder(points: readonly TargetPoint[]): TargetPoint[] {
  return [...points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export async function createTarget(db: Kysely<Database>, rawInput: unknown): Promise<Target> {
  const { input, draft, problems } = await draftOf(db, rawInput);
  const scope = { strategyId: draft.strategy.id, indicatorId: draft.indicator.id, areaId: draft.areaId, serviceAreaId: draft.serviceAreaId };
  const existingId = await findTargetIdByScope(db, scope);
  if (existingId !== undefined) {
    problems.unshift({
      field: 'input.indicatorCode',
      reason: `this strategy already has a target for ${draft.indicator.code} in this area and service area (target ${existingId}); update it instead`,
    });
  }
  if (problems.length > 0) throw badInput(problems);
  const { warnings } = await checkDraft(db, draft);
  const acknowledgedWarnings = acceptWarnings(draft, warnings, input.acknowledgedWarnings ?? []);
  const id = await db.transaction().execute((trx) =>
    insertTarget(trx, {
      ...scope,
      baselinePeriod: draft.baselinePeriod,
      baselineValue: draft.baselineValue,
      points: inPeriodOrder(draft.points),
      acknowledgedWarnings,
    }),
  );
  return requireTarget(db, String(id));
}

/** Checked as createTarget; without acknowledgedWarnings in the input, the ones stored before apply. */
export async function editTarget(db: Kysely<Database>, id: string, rawInput: unknown): Promise<Target> {
  const existing = await requireTarget(db, id);
  const input = parseInput(updateTargetInput, rawInput);
  const [indicator] = await findIndicatorsByIds(db, [existing.indicatorId]);
  if (!indicator) throw new Error(`target ${existing.id} refers to missing indicator ${existing.indicatorId}`);
  const strategy = await requireStrategy(db, String(existing.strategyId), 'id');
  const baselineValue = input.baselineValue !== undefined ? input.baselineValue : existing.baselineValue;
  const { problems, points, baselinePeriod } = checkTrajectory(indicator, {
    baselinePeriod: input.baselinePeriod !== undefined ? input.baselinePeriod : existing.baselinePeriod,
    baselineValue,
    points: input.points ?? existing.points,
  });
  if (problems.length > 0) throw badInput(problems);
  const draft: TargetDraft = { strategy, indicator, areaId: existing.areaId, serviceAreaId: existing.serviceAreaId, baselinePeriod, baselineValue, points };
  const { warnings } = await checkDraft(db, draft);
  const acknowledgedWarnings = acceptWarnings(draft, warnings, input.acknowledgedWarnings ?? existing.acknowledgedWarnings);
  await db.transaction().execute(async (trx) => {
    await updateTargetBaseline(trx, existing.id, { baselinePeriod, baselineValue, acknowledgedWarnings });
    if (input.points) await replaceTargetPoints(trx, existing.id, inPeriodOrder(points));
  });
  return requireTarget(db, id);
}

export async function removeTarget(db: Kysely<Database>, id: string): Promise<Target> {
  const existing = await requireTarget(db, id);
  await deleteTarget(db, existing.id);
  return existing;
}
