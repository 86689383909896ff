import { requirePermission } from '../auth/authorization';
import { toDatabaseId } from '../common/validation';
import { badInput } from '../errors';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { findAuditEvents } from './audit-repository';

const MAX_PAGE = 200;

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: async (_parent, { filter, first, after }, { db, user }) => {
      requirePermission(user, 'READ_AUDIT');
      const limit = first ?? 50;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE) throw badInput({ field: 'first', reason: `must be 0–${MAX_PAGE}` });
      const beforeId = after ? toDatabaseId(Buffer.from(after, 'base64url').toString('utf8')) : null;
      if (after && beforeId === null) throw badInput({ field: 'after', reason: 'is not a cursor this API gave' });
      const events = await findAuditEvents(db, { ...filter, beforeId, limit: limit + 1 });
      const page = events.slice(0, limit);
      const last = page.at(-1);
      return {
        nodes: page,
        pageInfo: {
          hasNextPage: events.length > limit,
          endCursor: last ? Buffer.from(String(last.id), 'utf8').toString('base64url') : null,
        },
      };
    },
  },
  AuditEvent: {
    id: (event) => String(event.id),
  },
};
