import type { Executor } from '../db/database';
import { insertAuditEvent } from './audit-repository';

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
