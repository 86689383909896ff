import { z } from 'zod';
import { badInput, type FieldProblem } from '../errors';

/**
 * Validates a mutation's input against its schema. Every problem is reported, each with the dotted
 * path of its field under `root` (e.g. `input.points.1.period`), so a client can point at it. With
 * `root` null, fields are named by their own path: arguments (`search`, `areaCodes.3`, `filter.actor`).
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root: string | null = 'input'): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => ({
    field: [...(root === null ? [] : [root]), ...issue.path.map(String)].join('.'),
    reason: issue.message,
  }));
  throw badInput(problems);
}

/** Validates a field's arguments, naming each problem by its argument (`search`, `areaCodes.3`). */
export function parseArguments<Schema extends z.ZodType>(schema: Schema, args: unknown): z.output<Schema> {
  return parseInput(schema, args, null);
}

/**
 * The longest texts that name or pick something; free texts (names, narratives…) have their limits
 * in their inputs' schemas. So every text a client sends is bounded before it reaches SQL or an
 * error message: SQLite refuses a LIKE pattern over 50,000 bytes, for one. Generous: real values
 * are far shorter.
 */
export const TEXT_LIMITS = {
  /** Statistics Finland's area codes: `091`, `HVA12`, `MK10`, `SSS`. */
  areaCode: 20,
  /** `sotkanet:1244`; INDICATOR_CODE_PATTERN allows 64. */
  indicatorCode: 64,
  /** `2024`, `2024Q3`, `2024-05`, with room for spaces. */
  period: 20,
  /** A period or an ISO date-time such as `2026-08-20T10:00:00.000+03:00`. */
  asOf: 40,
  search: 200,
  /** The cursors this API gives: an id or an indicator code, in base64url. */
  cursor: 200,
  /** Usernames, action and entity names, format names, upload ids. */
  name: 100,
} as const;

/**
 * A text of at most `max` characters, as given (lookups and parsers trim where they should). An
 * over-long text stops there: no later check parses it, nor quotes it in its reason.
 */
export function boundedText(max: number) {
  return z.string().max(max, { message: `must be at most ${max} characters`, abort: true });
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
