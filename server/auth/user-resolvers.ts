import type { Resolvers } from '../graphql/resolvers-types.generated';
import { written } from '../graphql/load-all';
import { permissionsOf } from './auth-model';
import { requirePermission } from './authorization';
import { findUsers } from './user-repository';
import { createApiToken, createUser, editUser, revokeApiToken } from './user-service';

export const userResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { user }) => user,
    users: (_parent, _args, { db, user }) => {
      requirePermission(user, 'MANAGE_USERS');
      return findUsers(db);
    },
  },
  Mutation: {
    createUser: (_parent, { input }, { db, loaders }) => written(loaders, createUser(db, input)),
    updateUser: (_parent, { id, input }, { db, loaders, user, sessionId }) => {
      if (!user) throw new Error('the guard lets no anonymous user through');
      return written(loaders, editUser(db, id, input, user, sessionId));
    },
    createApiToken: (_parent, { input }, { db, loaders }) => written(loaders, createApiToken(db, input)),
    revokeApiToken: async (_parent, { id }, { db, loaders }) => String((await written(loaders, revokeApiToken(db, id))).id),
  },
  User: {
    id: (user) => String(user.id),
    permissions: (user) => [...permissionsOf(user)],
    ownedGoals: (user, _args, { loaders }) => loaders.goalsByOwnerUserId.load(user.id),
    apiTokens: (user, _args, { loaders, user: viewer }) => {
      // Others' tokens are listed to admins only (names and dates; the tokens themselves never).
      if (viewer?.id !== user.id) requirePermission(viewer, 'MANAGE_USERS');
      return loaders.apiTokensByUserId.load(user.id);
    },
  },
  ApiToken: {
    id: (token) => String(token.id),
  },
};
