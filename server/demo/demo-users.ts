import type { Kysely } from 'kysely';
import type { Role, User } from '../auth/auth-model';
import { createUser } from '../auth/user-service';
import type { Database } from '../db/database';
import { findGoalsBy, updateGoal } from '../strategy/goal-repository';
import { approveReview, openReview, writeAssessment } from '../reviews/review-service';

/**
 * One demo user per role. The passwords are public (README): these accounts exist only in the demo
 * database and must not be created anywhere else.
 */
export const DEMO_USERS: ReadonlyArray<{ username: string; password: string; role: Role; displayName: string }> = [
  { username: 'viewer', password: 'demo-viewer', role: 'VIEWER', displayName: 'Katsoja (demo)' },
  { username: 'analyst', password: 'demo-analyst', role: 'ANALYST', displayName: 'Analyytikko (demo)' },
  { username: 'owner', password: 'demo-owner', role: 'GOAL_OWNER', displayName: 'Perhe- ja sosiaalipalvelujen johtaja (demo)' },
  { username: 'board', password: 'demo-board', role: 'BOARD', displayName: 'Aluehallituksen jäsen (demo)' },
  { username: 'editor', password: 'demo-editor', role: 'STRATEGY_EDITOR', displayName: 'Strategiasuunnittelija (demo)' },
  { username: 'admin', password: 'demo-admin', role: 'ADMIN', displayName: 'Pääkäyttäjä (demo)' },
];

/** The demo goal owner writes the assessments of the goals the family services director answers for. */
const OWNED_GOALS_OWNER_TITLE = 'Perhe- ja sosiaalipalvelujen johtaja';

/**
 * The demo's users and its review history: 2026Q2 reviewed (the owner's assessments) and approved by
 * the board in August 2026, and 2026Q3 opened for review. Dated as they would have happened, so the
 * approved report is judged with the data that had been reported by then.
 */
export async function seedDemoUsersAndReviews(db: Kysely<Database>, strategyId: number): Promise<void> {
  const users = new Map<Role, User>();
  for (const demoUser of DEMO_USERS) users.set(demoUser.role, await createUser(db, demoUser));
  const owner = users.get('GOAL_OWNER');
  const board = users.get('BOARD');
  if (!owner || !board) throw new Error('the demo needs an owner and a board member');

  const goals = await findGoalsBy(db, 'strategy_id', [strategyId]);
  const owned = goals.filter((goal) => goal.owner === OWNED_GOALS_OWNER_TITLE);
  for (const goal of owned) await updateGoal(db, goal.id, { ownerUserId: owner.id }, Date.now());

  const q2 = await openReview(db, String(strategyId), '2026Q2', board, new Date('2026-08-10T09:00:00Z'));
  const [placements, earlySupport] = owned;
  if (placements) {
    await writeAssessment(
      db,
      owner,
      {
        reviewId: String(q2.id),
        goalId: String(placements.id),
        narrative:
          'Sijoitusten määrä on kääntynyt laskuun Mikkelissä, mutta Savonlinnassa kasvu jatkuu. Perhetyön lisäresurssit kohdennetaan Savonlinnaan syksyllä 2026.',
      },
      new Date('2026-08-12T12:00:00Z'),
    );
  }
  if (earlySupport) {
    await writeAssessment(
      db,
      owner,
      {
        reviewId: String(q2.id),
        goalId: String(earlySupport.id),
        statusOverride: 'LIMITED_PROGRESS',
        overrideReason:
          'Sotkanetin luku mittaa vain lastensuojelun kodinhoitoapua; perheille annettu kotipalvelu siirtyi vuonna 2023 sosiaalihuoltolain palveluihin, joita mittari ei näe.',
        narrative: 'Kotipalvelua saaneiden perheiden määrä on omien tilastojemme mukaan kasvanut, vaikka mittari näyttää nollaa.',
      },
      new Date('2026-08-12T12:30:00Z'),
    );
  }
  await approveReview(db, board, String(q2.id), new Date('2026-08-20T10:00:00Z'));
  await openReview(db, String(strategyId), '2026Q3', board, new Date('2026-11-16T09:00:00Z'));
}
