import { requirePermission } from '../auth/authorization';
import { decodeIdCursor, pageOf, pageSize } from '../common/pagination';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { findAuditEvents } from './audit-repository';

const MAX_PAGE = 200;

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: async (_parent, { filter, first, after }, { db, user }) => {
      requirePermission(user, 'READ_AUDIT');
      const limit = pageSize(first, MAX_PAGE);
      const beforeId = after ? decodeIdCursor(after) : null;
      const { page, pageInfo } = pageOf(await findAuditEvents(db, { ...filter, beforeId, limit: limit + 1 }), limit, (event) => event.id);
      return { nodes: page, pageInfo };
    },
  },
  AuditEvent: {
    id: (event) => String(event.id),
  },
};
