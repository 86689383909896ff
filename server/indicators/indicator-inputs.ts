import { z } from 'zod';
import { databaseId, finiteNumber, localizedTextInput, optionalText, requiredText } from '../common/validation';
import { parsePeriod } from '../observations/period';

export const INDICATOR_CODE_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,63}$/;

const code = z
  .string()
  .trim()
  .regex(
    INDICATOR_CODE_PATTERN,
    'must be 1–64 characters: lower-case letters a–z, digits and . _ : -, starting with a letter or digit',
  );

const direction = z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);
const frequency = z.enum(['YEAR', 'QUARTER', 'MONTH']);
const decimals = z.number().int('must be a whole number').min(0, 'must be 0–6').max(6, 'must be 0–6');
const serviceAreaIds = z.array(databaseId).max(50, 'must have at most 50 entries').nullish();

const indicatorFields = {
  name: localizedTextInput(500),
  unit: requiredText(40),
  decimals,
  direction,
  naturalLimit: finiteNumber.nullish(),
  minValue: finiteNumber.nullish(),
  maxValue: finiteNumber.nullish(),
  frequency,
  source: requiredText(100),
  sourceId: optionalText(100),
  definition: localizedTextInput(10_000).nullish(),
  serviceAreaIds,
};

export const createIndicatorInput = z.object({ code, ...indicatorFields });

/** What the user confirms of a Sotkanet indicator; the rest comes from Sotkanet's catalogue. */
export const createIndicatorFromSotkanetInput = z.object({
  sotkanetId: z.number().int('must be a whole number').positive('must be a Sotkanet indicator id'),
  direction,
  unit: indicatorFields.unit,
  naturalLimit: indicatorFields.naturalLimit,
  decimals: decimals.nullish(),
  minValue: indicatorFields.minValue,
  maxValue: indicatorFields.maxValue,
  serviceAreaIds: z.array(z.string()).max(50, 'must have at most 50 entries').nullish(),
});

export const updateIndicatorInput = z.object({
  name: indicatorFields.name.optional(),
  unit: indicatorFields.unit.optional(),
  decimals: decimals.optional(),
  direction: direction.optional(),
  naturalLimit: indicatorFields.naturalLimit,
  minValue: indicatorFields.minValue,
  maxValue: indicatorFields.maxValue,
  frequency: frequency.optional(),
  source: indicatorFields.source.optional(),
  sourceId: indicatorFields.sourceId,
  definition: indicatorFields.definition,
  serviceAreaIds,
});

/** A period string in any accepted spelling; validated against the indicator's frequency later. */
export const periodText = z
  .string()
  .trim()
  .superRefine((text, context) => {
    const result = parsePeriod(text);
    if (!result.ok) context.addIssue({ code: 'custom', message: result.reason });
  });

const targetPoint = z.object({ period: periodText, value: finiteNumber });

const acknowledgedWarnings = z
  .array(z.enum(['WORSE_THAN_BASELINE', 'POINT_BEFORE_BASELINE', 'OUTSIDE_NATURAL_LIMIT', 'OUTSIDE_ACCEPTED_RANGE']))
  .max(4, 'must list each warning at most once')
  .nullish();

export const createTargetInput = z.object({
  strategyId: databaseId,
  indicatorCode: requiredText(64),
  areaCode: optionalText(20),
  serviceAreaId: databaseId.nullish(),
  baselinePeriod: periodText.nullish(),
  baselineValue: finiteNumber.nullish(),
  points: z.array(targetPoint).min(1, 'must have at least one target point').max(50, 'must have at most 50 points'),
  acknowledgedWarnings,
});

export const updateTargetInput = z.object({
  baselinePeriod: periodText.nullish(),
  baselineValue: finiteNumber.nullish(),
  points: z
    .array(targetPoint)
    .min(1, 'must have at least one target point')
    .max(50, 'must have at most 50 points')
    .nullish(),
  acknowledgedWarnings,
});
