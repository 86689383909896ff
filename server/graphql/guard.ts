import type { GraphQLResolveInfo } from 'graphql';
import { recordAudit } from '../audit/audit-service';
import type { Permission } from '../auth/auth-model';
import { requireAnyPermission } from '../auth/authorization';
import { AppError } from '../errors';
import type { GraphQLContext } from './context';
import type { MutationResolvers, Resolvers } from './resolvers-types.generated';

type MutationName = keyof MutationResolvers;

interface MutationRule {
  /**
   * The permission a caller needs; of a list, any one. A mutation open to several permissions leaves
   * its finer rule to its service (e.g. a goal owner may edit only their own goal's description).
   */
  permission: Permission | readonly Permission[];
  /** What the mutation writes, as the audit trail names it. */
  entity: string;
  /** The written entity's id, where the mutation's result does not carry it (e.g. a reordered list). */
  entityId?: (args: Record<string, unknown>) => string;
  /** The audit summary, where "<verb> <entity> <id>" would not say what happened. */
  summary?: (args: Record<string, unknown>, result: unknown) => string;
  /** Whether a call writes anything; one that does not (a dry run) leaves no audit event. */
  writes?: (args: Record<string, unknown>) => boolean;
}

/**
 * Queries anyone may read even where reading needs signing in: who is asking (`viewer`), and the
 * public page of a published service promise, whose answer holds nothing but that page.
 */
const PUBLIC_QUERIES: ReadonlySet<string> = new Set(['viewer', 'publicServicePromise']);

const quarterOf = (review: unknown) => (review as { quarter: string }).quarter;
const stringArg = (args: Record<string, unknown>, name: string) => String(args[name]);

/**
 * Every mutation's permission and what it writes, in one table. Typed over all the schema's
 * mutations, so a mutation added to the schema does not compile until it is given a permission here.
 */
export const MUTATION_RULES: Record<MutationName, MutationRule> = {
  createStrategy: { permission: 'EDIT_STRATEGY', entity: 'Strategy' },
  updateStrategy: { permission: 'EDIT_STRATEGY', entity: 'Strategy' },
  deleteStrategy: { permission: 'EDIT_STRATEGY', entity: 'Strategy' },
  copyStrategy: {
    permission: 'EDIT_STRATEGY',
    entity: 'Strategy',
    summary: (args, result) => `copied strategy ${stringArg(args, 'id')} to a new strategy ${String((result as { id: unknown }).id)}`,
  },
  publishServicePromise: {
    permission: 'EDIT_STRATEGY',
    entity: 'Strategy',
    summary: (args) =>
      `${args.published === true ? 'published' : 'withdrew'} the service promise of strategy ${stringArg(args, 'strategyId')}`,
  },
  reorderPerspectives: {
    permission: 'EDIT_STRATEGY',
    entity: 'Strategy',
    entityId: (args) => stringArg(args, 'strategyId'),
    summary: (args) => `reordered the perspectives of strategy ${stringArg(args, 'strategyId')}`,
  },
  reorderGoals: {
    permission: 'EDIT_STRATEGY',
    entity: 'Perspective',
    entityId: (args) => stringArg(args, 'perspectiveId'),
    summary: (args) =>
      args.parentGoalId == null
        ? `reordered the goals of perspective ${stringArg(args, 'perspectiveId')}`
        : `reordered the sub-goals of goal ${stringArg(args, 'parentGoalId')}`,
  },
  reorderServicePromiseItems: {
    permission: 'EDIT_STRATEGY',
    entity: 'Strategy',
    entityId: (args) => stringArg(args, 'strategyId'),
    summary: (args) => `reordered the service promise items of strategy ${stringArg(args, 'strategyId')}`,
  },
  createPerspective: { permission: 'EDIT_STRATEGY', entity: 'Perspective' },
  updatePerspective: { permission: 'EDIT_STRATEGY', entity: 'Perspective' },
  deletePerspective: { permission: 'EDIT_STRATEGY', entity: 'Perspective' },
  createGoal: { permission: 'EDIT_STRATEGY', entity: 'Goal' },
  updateGoal: { permission: 'EDIT_STRATEGY', entity: 'Goal' },
  deleteGoal: { permission: 'EDIT_STRATEGY', entity: 'Goal' },
  // Also a goal's owning user, for their own goal only: goal-service checks the ownership.
  updateGoalDescription: {
    permission: ['EDIT_STRATEGY', 'WRITE_ASSESSMENTS'],
    entity: 'Goal',
    summary: (args) => `updated the description of goal ${stringArg(args, 'id')}`,
  },
  createServicePromiseItem: { permission: 'EDIT_STRATEGY', entity: 'ServicePromiseItem' },
  updateServicePromiseItem: { permission: 'EDIT_STRATEGY', entity: 'ServicePromiseItem' },
  deleteServicePromiseItem: { permission: 'EDIT_STRATEGY', entity: 'ServicePromiseItem' },
  linkIndicatorToGoal: { permission: 'EDIT_STRATEGY', entity: 'GoalIndicator' },
  updateGoalIndicator: { permission: 'EDIT_STRATEGY', entity: 'GoalIndicator' },
  unlinkIndicatorFromGoal: { permission: 'EDIT_STRATEGY', entity: 'GoalIndicator' },
  createIndicator: { permission: 'EDIT_INDICATORS', entity: 'Indicator' },
  updateIndicator: { permission: 'EDIT_INDICATORS', entity: 'Indicator' },
  deleteIndicator: { permission: 'EDIT_INDICATORS', entity: 'Indicator' },
  createIndicatorFromSotkanet: {
    permission: 'EDIT_INDICATORS',
    entity: 'Indicator',
    summary: (_args, result) => `created indicator ${String((result as { code: unknown }).code)} from Sotkanet's catalogue`,
  },
  createTarget: { permission: 'EDIT_INDICATORS', entity: 'Target' },
  updateTarget: { permission: 'EDIT_INDICATORS', entity: 'Target' },
  deleteTarget: { permission: 'EDIT_INDICATORS', entity: 'Target' },
  loadUpload: {
    permission: 'LOAD_DATA',
    entity: 'Load',
    writes: (args) => (args.input as { dryRun?: boolean | null } | undefined)?.dryRun !== true,
    summary: (_args, result) => {
      const report = result as { fileName: string; format: string; status: string; inserted: number; updated: number; unchanged: number; rejected: number };
      return `loaded ${report.fileName} (${report.format}): ${report.status.toLowerCase()}; ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected`;
    },
  },
  undoLoad: { permission: 'LOAD_DATA', entity: 'Load' },
  openReview: { permission: 'OPEN_REVIEWS', entity: 'Review', summary: (_args, result) => `opened the review of ${quarterOf(result)}` },
  writeAssessment: {
    permission: 'WRITE_ASSESSMENTS',
    entity: 'Assessment',
    summary: (args) => {
      const input = args.input as { goalId: string; reviewId: string; statusOverride?: string | null };
      return `wrote the assessment of goal ${input.goalId} in review ${input.reviewId}${input.statusOverride ? `, overriding the status to ${input.statusOverride}` : ''}`;
    },
  },
  approveReview: { permission: 'APPROVE_REVIEWS', entity: 'Review', summary: (_args, result) => `approved the review of ${quarterOf(result)}` },
  createUser: { permission: 'MANAGE_USERS', entity: 'User' },
  updateUser: { permission: 'MANAGE_USERS', entity: 'User' },
  createApiToken: { permission: 'MANAGE_USERS', entity: 'ApiToken' },
  revokeApiToken: { permission: 'MANAGE_USERS', entity: 'ApiToken' },
};

type AnyResolver = (parent: unknown, args: Record<string, unknown>, context: GraphQLContext, info: GraphQLResolveInfo) => unknown;

/** The written entity's id, read from what the mutation returned. */
function entityId(result: unknown): string | null {
  if (typeof result === 'string') return result;
  if (!result || typeof result !== 'object') return null;
  const value = result as Record<string, unknown>;
  if ('loadId' in value) return value.loadId === null ? null : String(value.loadId);
  if ('apiToken' in value) return entityId(value.apiToken);
  if ('goalId' in value && 'indicatorId' in value) return `${String(value.goalId)}/${String(value.indicatorId)}`;
  if ('code' in value && 'unit' in value) return String(value.code);
  return 'id' in value ? String(value.id) : null;
}

const VERBS: Array<[prefix: string, verb: string]> = [
  ['create', 'created'],
  ['update', 'updated'],
  ['delete', 'deleted'],
  ['link', 'linked'],
  ['unlink', 'unlinked'],
  ['revoke', 'revoked'],
  ['open', 'opened'],
  ['approve', 'approved'],
  ['write', 'wrote'],
  ['undo', 'undid'],
];

/** What happened, in words: "created goal 12", "loaded data.csv: 10 inserted…". */
function summarize(name: string, rule: MutationRule, args: Record<string, unknown>, result: unknown): string {
  if (rule.summary) return rule.summary(args, result);
  const verb = VERBS.find(([prefix]) => name.startsWith(prefix))?.[1] ?? name;
  const noun = rule.entity.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${verb} ${noun} ${entityId(result) ?? ''}`.trim();
}

/**
 * Wraps the resolvers: each mutation first checks its permission (UNAUTHENTICATED / FORBIDDEN, with
 * nothing done), then runs, and a successful write is recorded in the audit trail. With sign-in
 * required, queries other than PUBLIC_QUERIES need a signed-in user.
 */
export function guardResolvers(resolvers: Resolvers): Resolvers {
  const mutations = resolvers.Mutation as Record<string, AnyResolver> | undefined;
  const queries = resolvers.Query as Record<string, AnyResolver> | undefined;
  const guardedMutations = Object.fromEntries(
    Object.entries(mutations ?? {}).map(([name, resolve]) => {
      const rule = MUTATION_RULES[name as MutationName];
      if (!rule) throw new Error(`mutation ${name} has no rule in MUTATION_RULES`);
      const guarded: AnyResolver = async (parent, args, context, info) => {
        const user = requireAnyPermission(context.user, typeof rule.permission === 'string' ? [rule.permission] : rule.permission);
        const result = await resolve(parent, args, context, info);
        if (rule.writes?.(args) ?? true) {
          await recordAudit(context.db, {
            actor: user.username,
            action: name,
            entityType: rule.entity,
            entityId: rule.entityId ? rule.entityId(args) : entityId(result),
            summary: summarize(name, rule, args, result),
            details: args,
          });
        }
        return result;
      };
      return [name, guarded];
    }),
  );
  const guardedQueries = Object.fromEntries(
    Object.entries(queries ?? {}).map(([name, resolve]) => {
      const guarded: AnyResolver = (parent, args, context, info) => {
        if (context.requireSignIn && !context.user && !PUBLIC_QUERIES.has(name)) {
          throw new AppError('UNAUTHENTICATED', 'this server requires signing in to read; sign in first');
        }
        return resolve(parent, args, context, info);
      };
      return [name, guarded];
    }),
  );
  return { ...resolvers, Query: guardedQueries, Mutation: guardedMutations } as Resolvers;
}
