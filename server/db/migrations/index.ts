import type { Migration } from 'kysely/migration';
import * as initialSchema from './2026-11-22T1200-initial-schema';
import * as strategyThresholds from './2026-11-22T1500-strategy-thresholds';
import * as usersReviewsAudit from './2026-11-22T1700-users-reviews-audit';
import * as loadRejectionsByCode from './2026-11-22T2100-load-rejections-by-code';
import * as dataVersion from './2026-11-22T2300-data-version';
import * as strategyWorkspace from './2026-12-06T1200-strategy-workspace';

/**
 * Every migration, by name. Names sort in the order they run; a landed migration is never edited.
 * Listed here rather than read from the folder so the server needs no file-system scan at start.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22T1200-initial-schema': initialSchema,
  '2026-11-22T1500-strategy-thresholds': strategyThresholds,
  '2026-11-22T1700-users-reviews-audit': usersReviewsAudit,
  '2026-11-22T2100-load-rejections-by-code': loadRejectionsByCode,
  '2026-11-22T2300-data-version': dataVersion,
  '2026-12-06T1200-strategy-workspace': strategyWorkspace,
};
