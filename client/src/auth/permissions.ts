import type { Permission, Role } from '../graphql/generated/graphql';

/** The viewer's fields the dashboard decides with. */
export interface ViewerLike {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  permissions: ReadonlyArray<Permission>;
}

/** Whether the viewer may do something; the server's answer (`permissions`) decides, not the role name. */
export function can(viewer: ViewerLike | null | undefined, permission: Permission): boolean {
  return viewer?.permissions.includes(permission) ?? false;
}

/** A goal owner writes the assessments of their own goals only, and only while the review is a draft. */
export function canWriteAssessment(
  viewer: ViewerLike | null | undefined,
  goal: { ownerUsername?: string | null },
  review: { status: 'DRAFT' | 'APPROVED' },
): boolean {
  return review.status === 'DRAFT' && can(viewer, 'WRITE_ASSESSMENTS') && !!goal.ownerUsername && goal.ownerUsername === viewer?.username;
}

/** Roles in the order the dashboard lists them. */
export const ROLES: readonly Role[] = ['VIEWER', 'ANALYST', 'GOAL_OWNER', 'BOARD', 'STRATEGY_EDITOR', 'ADMIN'];

/**
 * The path to return to after signing in: only a path on this site, so a crafted link
 * (`/sign-in?returnTo=https://evil.example`) cannot send a person elsewhere.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/sign-in' || value.startsWith('/sign-in?') || value.startsWith('/sign-in/')) return '/';
  return value;
}

/** The sign-in page's address that returns to `here` (a path with its query string). */
export function signInPath(here: string): string {
  const returnTo = safeReturnTo(here);
  return returnTo === '/' ? '/sign-in' : `/sign-in?${new URLSearchParams({ returnTo }).toString()}`;
}
