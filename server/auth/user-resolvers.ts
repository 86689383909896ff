import type { Resolvers } from '../graphql/resolvers-types.generated';
import { written } from '../graphql/load-all';
import { permissionsOf } from './auth-model';
import { requirePermission, requireSelfOrPermission } from './authorization';
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
  // A user reached from a goal (its owner) is shown to everyone by name; the account itself only to
  // the user and to admins. Tokens: names and dates, never the tokens themselves.
  User: {
    id: (user) => String(user.id),
    username: (user, _args, { user: viewer }) => {
      requireSelfOrPermission(viewer, user, 'MANAGE_USERS', 'username');
      return user.username;
    },
    role: (user, _args, { user: viewer }) => {
      requireSelfOrPermission(viewer, user, 'MANAGE_USERS', 'role');
      return user.role;
    },
    permissions: (user, _args, { user: viewer }) => {
      requireSelfOrPermission(viewer, user, 'MANAGE_USERS', 'permissions');
      return [...permissionsOf(user)];
    },
    disabled: (user, _args, { user: viewer }) => {
      requireSelfOrPermission(viewer, user, 'MANAGE_USERS', 'account state');
      return user.disabled;
    },
    ownedGoals: (user, _args, { loaders }) => loaders.goalsByOwnerUserId.load(user.id),
    apiTokens: (user, _args, { loaders, user: viewer }) => {
      requireSelfOrPermission(viewer, user, 'MANAGE_USERS', 'API tokens');
      return loaders.apiTokensByUserId.load(user.id);
    },
  },
  ApiToken: {
    id: (token) => String(token.id),
  },
};
