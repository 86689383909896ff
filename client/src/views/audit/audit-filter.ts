import type { AuditFilter } from '../../graphql/generated/graphql';

/**
 * The audit view's filters as the URL keeps them: `actor`, `action`, `entityType` (free text, matched
 * by the server) and `from`/`to` (calendar days, `2026-11-22`, in the reader's time zone).
 */
export const AUDIT_FILTER_PARAMS = ['actor', 'action', 'entityType', 'from', 'to'] as const;
export type AuditFilterName = (typeof AUDIT_FILTER_PARAMS)[number];
export type AuditFilterValues = Record<AuditFilterName, string>;

/**
 * Suggestions for the action filter (any text is accepted: the server names new actions itself).
 * Every mutation is recorded under its own name (a test checks the list against schema.graphql);
 * the rest are written outside GraphQL: the session routes, `POST /api/uploads`, and `npm run load`.
 */
export const KNOWN_ACTIONS = [
  'signIn',
  'signInFailed',
  'signOut',
  'upload',
  'load',
  'loadUpload',
  'undoLoad',
  'openReview',
  'writeAssessment',
  'approveReview',
  'createUser',
  'updateUser',
  'createApiToken',
  'revokeApiToken',
  'createStrategy',
  'updateStrategy',
  'deleteStrategy',
  'copyStrategy',
  'publishServicePromise',
  'reorderPerspectives',
  'reorderGoals',
  'reorderServicePromiseItems',
  'updateGoalDescription',
  'createIndicatorFromSotkanet',
  'createPerspective',
  'updatePerspective',
  'deletePerspective',
  'createGoal',
  'updateGoal',
  'deleteGoal',
  'createServicePromiseItem',
  'updateServicePromiseItem',
  'deleteServicePromiseItem',
  'createIndicator',
  'updateIndicator',
  'deleteIndicator',
  'createTarget',
  'updateTarget',
  'deleteTarget',
  'linkIndicatorToGoal',
  'updateGoalIndicator',
  'unlinkIndicatorFromGoal',
];
export const KNOWN_ENTITY_TYPES = ['Upload', 'Load', 'Review', 'Assessment', 'User', 'ApiToken', 'Strategy', 'Perspective', 'Goal', 'GoalIndicator', 'ServicePromiseItem', 'Indicator', 'Target'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as `[year, month, day]`, or null for anything that is not a real date. */
export function parseDay(text: string): [number, number, number] | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return [year, month, day];
}

export function readAuditFilter(params: URLSearchParams): AuditFilterValues {
  const text = (name: AuditFilterName) => (params.get(name) ?? '').trim();
  // A hand-edited date that is not one would make the query fail; it is ignored instead.
  const day = (name: 'from' | 'to') => (parseDay(text(name)) ? text(name) : '');
  return { actor: text('actor'), action: text('action'), entityType: text('entityType'), from: day('from'), to: day('to') };
}

/** The URL's query string for these filters (empty ones left out). */
export function auditFilterSearch(values: Partial<AuditFilterValues>): string {
  const params = new URLSearchParams();
  for (const name of AUDIT_FILTER_PARAMS) {
    const value = values[name]?.trim();
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The API's filter: `from` is the start of its day and `to` the last millisecond of its day, both in
 * the local time zone (a person picking 22.11. means their 22.11., not UTC's).
 */
export function auditFilterInput(values: AuditFilterValues): AuditFilter {
  const filter: AuditFilter = {};
  if (values.actor) filter.actor = values.actor;
  if (values.action) filter.action = values.action;
  if (values.entityType) filter.entityType = values.entityType;
  const from = parseDay(values.from);
  if (from) filter.from = new Date(from[0], from[1] - 1, from[2]).toISOString();
  const to = parseDay(values.to);
  if (to) filter.to = new Date(new Date(to[0], to[1] - 1, to[2] + 1).getTime() - 1).toISOString();
  return filter;
}

/** The details JSON indented for reading; text that is not JSON as it is. */
export function prettyDetails(details: string): string {
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
}
