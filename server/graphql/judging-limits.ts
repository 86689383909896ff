import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type DocumentNode, type FieldNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode, valueFromASTUntyped } from 'graphql';
import type { Kysely } from 'kysely';
import { type JudgingRequest, judgingCost } from '../attainment/attainment-service';
import { type CallerSlots, SlotRefused } from '../common/caller-slots';
import type { Database } from '../db/database';
import type { GraphQLContext } from './context';

export interface JudgingLimitsOptions {
  db: Kysely<Database>;
  /** The most area × goal cells one operation may judge, all its judging fields (aliases too) together. */
  maxCost: number;
  /** Who may judge how much at once; an operation that judges takes one slot of its caller's. */
  slots: CallerSlots;
}

/** Who is asking, for the limits: the signed-in user, else the client's address. */
export function callerOf(user: { id: number } | null, address: string | undefined): string {
  return user ? `user:${user.id}` : `address:${address ?? 'unknown'}`;
}

type Arguments = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);
/**
 * A list argument as input coercion reads it: a single value stands for a list of one. A list of
 * strings is kept as it is, so aliases that share a variable share one list (counted once).
 */
const texts = (value: unknown): readonly string[] | null => {
  if (value == null) return null;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return (Array.isArray(value) ? value : [value]).map(text).filter((item): item is string => item !== null);
};

/** The judging fields, and what each one's arguments ask to judge. */
const JUDGING_FIELDS: Record<string, (args: Arguments) => JudgingRequest> = {
  attainment: (args) => ({ kind: 'attainment', strategyId: text(args.strategyId) ?? '', areaCode: text(args.areaCode) }),
  attainmentMatrix: (args) => ({ kind: 'matrix', strategyId: text(args.strategyId) ?? '', areaCodes: texts(args.areaCodes) }),
  // The public promise page judges the strategy's organisation, for anyone who opens it.
  publicServicePromise: (args) => ({ kind: 'attainment', strategyId: text(args.strategyId) ?? '', areaCode: null }),
};

/** The operation's top-level fields, through fragments, each as often as it is asked (aliases). */
function topLevelFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return topLevelFields(selection.selectionSet, document, seen);
    // Validation has refused fragment cycles already; `seen` only keeps a malformed document finite.
    if (seen.has(selection.name.value)) return [];
    seen.add(selection.name.value);
    const fragment = document.definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? topLevelFields(fragment.selectionSet, document, seen) : [];
  });
}

/**
 * The cost of an operation's judging fields. Their arguments are read from the document and the
 * variables (with the operation's defaults) as given: values that execution would refuse make
 * no difference, as such a field is never judged. (graphql's own coercion is not used here: it
 * checks types by identity, and the schema is Apollo's, built by what may be another copy of graphql.)
 */
async function costOf(db: Kysely<Database>, document: DocumentNode, operation: OperationDefinitionNode | undefined, variables: Arguments): Promise<number> {
  if (operation?.operation !== 'query') return 0;
  const fields = topLevelFields(operation.selectionSet, document).filter((field) => field.name.value in JUDGING_FIELDS);
  if (fields.length === 0) return 0;
  const values: Arguments = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    values[name] = name in variables ? variables[name] : definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
  }
  const requests = fields.map((field) => {
    const args = Object.fromEntries((field.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value, values)]));
    return (JUDGING_FIELDS[field.name.value] as (args: Arguments) => JudgingRequest)(args);
  });
  return judgingCost(db, requests);
}

/**
 * Keeps any one request, or any one caller, from taking the server: the judging queries
 * (`attainment`, `attainmentMatrix`) are the only ones whose work grows with their arguments.
 *
 * - An operation whose judging fields together would judge more than `maxCost` area × goal cells
 *   (aliases count each time) is refused before any work: COST_LIMIT_EXCEEDED, HTTP 400, with the
 *   cost and the limit. The dashboard's largest, a heat map of all 308 municipalities for a strategy
 *   of 40 goals, costs 12,320.
 * - An operation that judges takes one of its caller's slots (CallerSlots: per caller and in all)
 *   for as long as it runs; without a free slot it waits in line, and a caller with too many waiting
 *   already (or a server with too long a line) is refused at once: TOO_MANY_REQUESTS, HTTP 429.
 *
 * Answers served from the response cache come before all this and cost nothing.
 */
export function judgingLimitsPlugin(options: JudgingLimitsOptions): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      // Given back once the answer is on its way, whatever happened (also if a slot came only after
      // another plugin had refused the request: then it is given back as soon as it comes).
      let slot: Promise<(() => void) | null> = Promise.resolve(null);
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          const cost = await costOf(options.db, document, operation, request.variables ?? {});
          if (cost === 0) return;
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `This operation would judge ${cost.toLocaleString('en')} area × goal cells, more than the limit of ${options.maxCost.toLocaleString('en')} per operation (all attainment and attainmentMatrix fields and their aliases together): ask for fewer areas or fewer judgements at once.`,
              { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, limit: options.maxCost, http: { status: 400 } } },
            );
          }
          slot = options.slots.acquire(contextValue.caller);
          try {
            await slot;
          } catch (error) {
            if (!(error instanceof SlotRefused)) throw error;
            throw new GraphQLError(`Too many judging requests (attainment, attainmentMatrix) at once: ${error.message}.`, {
              extensions: { code: 'TOO_MANY_REQUESTS', limit: error.limit, http: { status: 429, headers: new HeaderMap([['retry-after', '1']]) } },
            });
          }
        },
        async willSendResponse() {
          slot.then(
            (release) => release?.(),
            () => {},
          );
        },
      };
    },
  };
}
