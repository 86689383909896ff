import { requirePermission } from '../auth/authorization';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { readAuditEvents } from './audit-service';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_parent, args, { db, user }) => {
      requirePermission(user, 'READ_AUDIT');
      return readAuditEvents(db, args);
    },
  },
  AuditEvent: {
    id: (event) => String(event.id),
  },
};
