import type { RoleValue } from '../db/database';

export type Role = RoleValue;

export type Permission =
  | 'LOAD_DATA'
  | 'EDIT_INDICATORS'
  | 'EDIT_STRATEGY'
  | 'WRITE_ASSESSMENTS'
  | 'OPEN_REVIEWS'
  | 'APPROVE_REVIEWS'
  | 'MANAGE_USERS'
  | 'READ_AUDIT';

/**
 * What each role may do. Approving reviews and writing owners' assessments are acts of a person in a
 * governance role, so not even an admin has them; everything else an admin may do.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  VIEWER: [],
  ANALYST: ['LOAD_DATA', 'EDIT_INDICATORS'],
  GOAL_OWNER: ['WRITE_ASSESSMENTS'],
  BOARD: ['OPEN_REVIEWS', 'APPROVE_REVIEWS'],
  // Keeps a strategy (goals, indicators, targets, promise) without the admin's power over users.
  STRATEGY_EDITOR: ['EDIT_STRATEGY', 'EDIT_INDICATORS'],
  ADMIN: ['MANAGE_USERS', 'EDIT_STRATEGY', 'READ_AUDIT', 'OPEN_REVIEWS', 'LOAD_DATA', 'EDIT_INDICATORS'],
};

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
}

export function permissionsOf(user: User | null): readonly Permission[] {
  return user && !user.disabled ? ROLE_PERMISSIONS[user.role] : [];
}

export function can(user: User | null, permission: Permission): boolean {
  return permissionsOf(user).includes(permission);
}

export interface ApiToken {
  id: number;
  userId: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}
