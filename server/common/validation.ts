import { z } from 'zod';
import { badInput, type FieldProblem } from '../errors';

/**
 * Validates a mutation's input against its schema. Every problem is reported, each with the dotted
 * path of its field under `root` (e.g. `input.points.1.period`), so a client can point at it.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root = 'input'): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].join('.'),
    reason: issue.message,
  }));
  throw badInput(problems);
}

/** A required, trimmed, non-empty text of at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);
}

/** An optional text: empty or blank becomes null, so "clear" and "not given" stay distinct from "". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value === '' ? null : value));
}

export function localizedTextInput(max: number) {
  return z.object({ fi: requiredText(max), sv: optionalText(max), en: optionalText(max) }).transform((text) => ({
    fi: text.fi,
    sv: text.sv ?? null,
    en: text.en ?? null,
  }));
}

/** A GraphQL ID that must be a positive integer database id. */
export const databaseId = z
  .string()
  .regex(/^[1-9]\d{0,15}$/, 'is not a valid id')
  .transform(Number);

export const finiteNumber = z.number().refine(Number.isFinite, 'must be a finite number');

/** Turns a GraphQL ID into a database id, or null when it cannot be one (so lookups answer "not found"). */
export function toDatabaseId(id: string): number | null {
  const parsed = databaseId.safeParse(id);
  return parsed.success ? parsed.data : null;
}
