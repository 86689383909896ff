import type { AuditEventRow, Executor } from '../db/database';

export interface AuditEvent {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  summary: string;
  details: string | null;
}

function auditEventFromRow(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    at: new Date(row.at),
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: row.summary,
    details: row.details,
  };
}

export async function insertAuditEvent(db: Executor, event: Omit<AuditEvent, 'id'>): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      at: event.at.getTime(),
      actor: event.actor,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      summary: event.summary,
      details: event.details,
    })
    .execute();
}

export interface AuditQuery {
  actor?: string | null;
  action?: string | null;
  entityType?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Only events older than this one (keyset pagination, newest first). */
  beforeId?: number | null;
  limit: number;
}

export async function findAuditEvents(db: Executor, query: AuditQuery): Promise<AuditEvent[]> {
  let select = db.selectFrom('audit_event').selectAll();
  if (query.actor) select = select.where('actor', '=', query.actor);
  if (query.action) select = select.where('action', '=', query.action);
  if (query.entityType) select = select.where('entity_type', '=', query.entityType);
  if (query.from) select = select.where('at', '>=', query.from.getTime());
  if (query.to) select = select.where('at', '<=', query.to.getTime());
  if (query.beforeId != null) select = select.where('id', '<', query.beforeId);
  const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map(auditEventFromRow);
}
