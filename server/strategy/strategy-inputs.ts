import { z } from 'zod';
import { databaseId, finiteNumber, localizedTextInput, optionalText, requiredText } from '../common/validation';
import type { FieldProblem } from '../errors';

const year = z
  .number()
  .int('must be a whole year')
  .min(1990, 'must be 1990 or later')
  .max(2100, 'must be 2100 or earlier');

const sortOrder = z.number().int('must be a whole number').min(0, 'must not be negative').max(100_000).nullish();

export const createStrategyInput = z.object({
  organisationCode: requiredText(20),
  name: localizedTextInput(300),
  vision: localizedTextInput(5000).nullish(),
  startYear: year,
  endYear: year,
  baselineYear: year,
});

/** A copy keeps the organisation; the new term is named and dated anew. */
export const copyStrategyInput = z.object({
  name: localizedTextInput(300),
  vision: localizedTextInput(5000).nullish(),
  startYear: year,
  endYear: year,
  baselineYear: year,
});

/** Each set must rise from low through medium to high, as the defaults (`DEFAULT_THRESHOLDS`) do. */
const thresholdsInput = z
  .object({
    withTargetHigh: finiteNumber,
    withTargetMedium: finiteNumber,
    withTargetLow: finiteNumber,
    withoutTargetHigh: finiteNumber,
    withoutTargetMedium: finiteNumber,
    withoutTargetLow: finiteNumber,
    minimumCoverage: finiteNumber.refine((value) => value > 0 && value <= 1, 'must be more than 0 and at most 1'),
  })
  .superRefine((value, context) => {
    if (!(value.withTargetLow < value.withTargetMedium && value.withTargetMedium < value.withTargetHigh)) {
      context.addIssue({ code: 'custom', path: ['withTargetMedium'], message: 'must lie between withTargetLow and withTargetHigh' });
    }
    if (!(value.withoutTargetLow < value.withoutTargetMedium && value.withoutTargetMedium < value.withoutTargetHigh)) {
      context.addIssue({ code: 'custom', path: ['withoutTargetMedium'], message: 'must lie between withoutTargetLow and withoutTargetHigh' });
    }
  })
  .transform((value) => ({
    withTarget: { high: value.withTargetHigh, medium: value.withTargetMedium, low: value.withTargetLow },
    withoutTarget: { high: value.withoutTargetHigh, medium: value.withoutTargetMedium, low: value.withoutTargetLow },
    minimumCoverage: value.minimumCoverage,
  }));

export const updateStrategyInput = z.object({
  organisationCode: requiredText(20).optional(),
  name: localizedTextInput(300).optional(),
  vision: localizedTextInput(5000).nullish(),
  startYear: year.optional(),
  endYear: year.optional(),
  baselineYear: year.optional(),
  thresholds: thresholdsInput.nullish(),
});

/** The years must make a term: start ≤ end, and the baseline no later than the end. */
export function strategyYearProblems(years: { startYear: number; endYear: number; baselineYear: number }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (years.endYear < years.startYear) {
    problems.push({ field: 'input.endYear', reason: `must not be before the start year ${years.startYear}` });
  }
  if (years.baselineYear > years.endYear) {
    problems.push({ field: 'input.baselineYear', reason: `must not be after the end year ${years.endYear}` });
  }
  return problems;
}

export const createPerspectiveInput = z.object({
  strategyId: databaseId,
  name: localizedTextInput(200),
  sortOrder,
});

export const updatePerspectiveInput = z.object({
  name: localizedTextInput(200).optional(),
  sortOrder,
});

const nationalGoals = z
  .array(requiredText(300))
  .max(20, 'must have at most 20 entries')
  .nullish();

const serviceAreaIds = z.array(databaseId).max(50, 'must have at most 50 entries').nullish();

export const createGoalInput = z.object({
  perspectiveId: databaseId,
  parentGoalId: databaseId.nullish(),
  title: localizedTextInput(300),
  description: localizedTextInput(5000).nullish(),
  owner: optionalText(200),
  ownerUserId: databaseId.nullish(),
  serviceAreaIds,
  nationalGoals,
  sortOrder,
});

export const updateGoalInput = z.object({
  perspectiveId: databaseId.optional(),
  parentGoalId: databaseId.nullish(),
  title: localizedTextInput(300).optional(),
  description: localizedTextInput(5000).nullish(),
  owner: optionalText(200),
  ownerUserId: databaseId.nullish(),
  serviceAreaIds,
  nationalGoals,
  sortOrder,
});

export const createServicePromiseItemInput = z.object({
  strategyId: databaseId,
  text: localizedTextInput(1000),
  goalIds: z.array(databaseId).max(100).nullish(),
  sortOrder,
});

export const updateServicePromiseItemInput = z.object({
  text: localizedTextInput(1000).optional(),
  goalIds: z.array(databaseId).max(100).nullish(),
  sortOrder,
});

export const goalIndicatorInput = z.object({
  goalId: databaseId,
  indicatorCode: requiredText(64),
  weight: finiteNumber
    .refine((weight) => weight > 0, 'must be greater than 0')
    .refine((weight) => weight <= 1000, 'must be at most 1000')
    .nullish()
    .transform((weight) => weight ?? 1),
});
