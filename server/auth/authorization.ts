import { AppError } from '../errors';
import { can, type Permission, type User } from './auth-model';

/**
 * Throws UNAUTHENTICATED without a user and FORBIDDEN without the permission. The messages say what
 * to do, since a person reads them in the dashboard.
 */
export function requirePermission(user: User | null, permission: Permission): User {
  if (!user) throw new AppError('UNAUTHENTICATED', 'sign in first: this needs a signed-in user');
  if (!can(user, permission)) {
    throw new AppError('FORBIDDEN', `${user.username} (${user.role.toLowerCase()}) may not do this: it needs the permission ${permission}`);
  }
  return user;
}
