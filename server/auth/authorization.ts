import { AppError } from '../errors';
import { can, type Permission, type User } from './auth-model';

/**
 * Throws UNAUTHENTICATED without a user and FORBIDDEN without the permission. The messages say what
 * to do, since a person reads them in the dashboard.
 */
export function requirePermission(user: User | null, permission: Permission): User {
  return requireAnyPermission(user, [permission]);
}

/** requirePermission for a rule that any one of several permissions satisfies. */
export function requireAnyPermission(user: User | null, permissions: readonly Permission[]): User {
  if (!user) throw new AppError('UNAUTHENTICATED', 'sign in first: this needs a signed-in user');
  if (!permissions.some((permission) => can(user, permission))) {
    const needed = permissions.length === 1 ? `the permission ${permissions[0]}` : `one of the permissions ${permissions.join(', ')}`;
    throw new AppError('FORBIDDEN', `${user.username} (${user.role.toLowerCase()}) may not do this: it needs ${needed}`);
  }
  return user;
}
