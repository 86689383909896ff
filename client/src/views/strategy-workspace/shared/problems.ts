import type { TFunction } from 'i18next';

/**
 * A problem the form finds before sending, said in the user's language (`workspace.problem.*`).
 * The server checks everything again; its reasons are shown as they come when it finds more.
 */
export type ProblemKey =
  | 'required'
  | 'finnishRequired'
  | 'wholeNumber'
  | 'number'
  | 'yearRange'
  | 'endBeforeStart'
  | 'baselineAfterEnd'
  | 'positive'
  | 'period'
  | 'periodKind'
  | 'periodOrder'
  | 'pointBeforeBaseline'
  | 'duplicatePeriod'
  | 'shareRange'
  | 'thresholdOrder'
  | 'minAboveMax'
  | 'code';

export interface Problem {
  key: ProblemKey;
  values?: Record<string, string | number>;
}

/** A problem from the form in words, or the server's own reason as given. */
export type ShownProblem = Problem | { server: string };

export function problemText(t: TFunction, problem: ShownProblem): string {
  if ('server' in problem) return problem.server;
  return t(`workspace.problem.${problem.key}`, problem.values ?? {});
}

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
