import { z } from 'zod';
import { decodeIdCursor, pageOf, pageSize } from '../common/pagination';
import { boundedText, parseArguments, TEXT_LIMITS } from '../common/validation';
import type { Executor } from '../db/database';
import { findAuditEvents, insertAuditEvent } from './audit-repository';

/** Input fields never written to the trail. */
const SECRET_FIELDS = new Set(['password', 'token']);

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_FIELDS.has(key) ? '[not recorded]' : withoutSecrets(inner)]),
    );
  }
  return value;
}

export interface AuditRecord {
  actor: string;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  summary: string;
  details?: unknown;
}

/** Records one write in the audit trail; passwords and tokens in the details are left out. */
export async function recordAudit(db: Executor, record: AuditRecord): Promise<void> {
  await insertAuditEvent(db, {
    at: new Date(),
    actor: record.actor,
    action: record.action,
    entityType: record.entityType ?? null,
    entityId: record.entityId ?? null,
    summary: record.summary,
    details: record.details === undefined ? null : JSON.stringify(withoutSecrets(record.details)),
  });
}

const MAX_PAGE = 200;
const name = boundedText(TEXT_LIMITS.name).nullish();
const auditEventsArguments = z.object({
  filter: z.object({ actor: name, action: name, entityType: name }).nullish(),
  after: boundedText(TEXT_LIMITS.cursor).nullish(),
});

export interface AuditEventsRequest {
  filter?: { actor?: string | null; action?: string | null; entityType?: string | null; from?: Date | null; to?: Date | null } | null;
  first?: number | null;
  after?: string | null;
}

/** A page of the trail, newest first, filtered by who, what, which kind of thing and when. */
export async function readAuditEvents(db: Executor, request: AuditEventsRequest) {
  parseArguments(auditEventsArguments, request);
  const limit = pageSize(request.first, MAX_PAGE);
  const beforeId = request.after ? decodeIdCursor(request.after) : null;
  const { page, pageInfo } = pageOf(await findAuditEvents(db, { ...request.filter, beforeId, limit: limit + 1 }), limit, (event) => event.id);
  return { nodes: page, pageInfo };
}
