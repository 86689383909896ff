import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy } from '../test/factories';
import { type Caller, firstError, startTestServer, type TestServer } from '../test/test-server';
import { TEXT_LIMITS } from './validation';

/**
 * Every text a client can send has a length limit, and a text over it is BAD_USER_INPUT naming its
 * field, never a 500 (SQLite refuses a LIKE pattern over 50,000 bytes) nor a 50 kB echo. The table
 * below is checked against schema.graphql, so an argument or input field added without a case fails.
 * IDs are left out: they are parsed as database ids of at most 16 digits, so a long one is simply not
 * found.
 */
const schema: GraphQLSchema = buildSchema(readFileSync('schema.graphql', 'utf8'));
const TEXT_SCALARS = new Set(['String', 'DateTime']);

/** Each place text goes: `Type.field(path)`, the path running from the argument into input objects. */
function textPlaces(): string[] {
  const places: string[] = [];
  const walk = (coordinate: string, type: GraphQLInputType, path: string[]) => {
    const inner = getNullableType(type);
    if (isListType(inner)) return walk(coordinate, inner.ofType, [...path, '0']);
    const named = getNamedType(type);
    if (TEXT_SCALARS.has(named.name)) places.push(`${coordinate}(${path.join('.')})`);
    if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) walk(coordinate, field.type, [...path, field.name]);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) for (const arg of field.args) walk(`${type.name}.${field.name}`, arg.type, [arg.name]);
  }
  return places;
}

let server: TestServer;
const ids: Record<'strategy' | 'perspective' | 'goal' | 'item' | 'target' | 'indicator', string> = {
  strategy: '',
  perspective: '',
  goal: '',
  item: '',
  target: '',
  indicator: '',
};

beforeAll(async () => {
  server = await startTestServer();
  ids.strategy = await createTestStrategy(server);
  ids.perspective = await createTestPerspective(server, ids.strategy);
  ids.goal = await createTestGoal(server, ids.perspective);
  ids.indicator = await createTestIndicator(server);
  ids.item = (
    await server.data<{ createServicePromiseItem: { id: string } }>(
      `mutation ($s: ID!) { createServicePromiseItem(input: { strategyId: $s, text: { fi: "Lupaus" } }) { id } }`,
      { s: ids.strategy },
    )
  ).createServicePromiseItem.id;
  ids.target = (
    await server.data<{ createTarget: { id: string } }>(
      `mutation ($s: ID!, $c: String!) { createTarget(input: { strategyId: $s, indicatorCode: $c, points: [{ period: "2028", value: 1 }] }) { id } }`,
      { s: ids.strategy, c: ids.indicator },
    )
  ).createTarget.id;
});
afterAll(() => server.close());

/** Valid arguments of each field that takes text, and who may call it; each case puts one long text into them. */
const BASE: Record<string, { args: () => Record<string, unknown>; as?: Caller; parent?: string }> = {
  'Query.areas': { args: () => ({}) },
  'Query.area': { args: () => ({ code: '091' }) },
  'Query.indicators': { args: () => ({}) },
  'Query.indicator': { args: () => ({ code: ids.indicator }) },
  'Query.attainment': { args: () => ({ strategyId: ids.strategy }) },
  'Query.attainmentMatrix': { args: () => ({ strategyId: ids.strategy }) },
  'Query.indicatorValues': { args: () => ({ indicatorCode: ids.indicator }) },
  'Query.loads': { args: () => ({}) },
  'Query.auditEvents': { args: () => ({}) },
  'Query.sotkanetCatalogue': { args: () => ({}) },
  'Query.checkTarget': { args: () => ({ input: { strategyId: ids.strategy, indicatorCode: ids.indicator, points: [{ period: '2029', value: 1 }] } }) },
  'Mutation.createStrategy': {
    args: () => ({ input: { organisationCode: 'HVA12', name: { fi: 'S' }, startYear: 2026, endYear: 2029, baselineYear: 2021 } }),
  },
  'Mutation.updateStrategy': { args: () => ({ id: ids.strategy, input: {} }) },
  'Mutation.copyStrategy': { args: () => ({ id: ids.strategy, input: { name: { fi: 'K' }, startYear: 2030, endYear: 2033, baselineYear: 2029 } }) },
  'Mutation.createPerspective': { args: () => ({ input: { strategyId: ids.strategy, name: { fi: 'N' } } }) },
  'Mutation.updatePerspective': { args: () => ({ id: ids.perspective, input: {} }) },
  'Mutation.createGoal': { args: () => ({ input: { perspectiveId: ids.perspective, title: { fi: 'T' } } }) },
  'Mutation.updateGoal': { args: () => ({ id: ids.goal, input: {} }) },
  'Mutation.updateGoalDescription': { args: () => ({ id: ids.goal, description: { fi: 'D' } }) },
  'Mutation.createServicePromiseItem': { args: () => ({ input: { strategyId: ids.strategy, text: { fi: 'L' } } }) },
  'Mutation.updateServicePromiseItem': { args: () => ({ id: ids.item, input: {} }) },
  'Mutation.createIndicator': {
    args: () => ({ input: { code: 'test:new', name: { fi: 'M' }, unit: '%', decimals: 1, direction: 'HIGHER_IS_BETTER', frequency: 'YEAR', source: 'test' } }),
  },
  'Mutation.createIndicatorFromSotkanet': { args: () => ({ input: { sotkanetId: 1244, direction: 'LOWER_IS_BETTER', unit: '%' } }) },
  'Mutation.updateIndicator': { args: () => ({ code: ids.indicator, input: {} }) },
  'Mutation.deleteIndicator': { args: () => ({ code: ids.indicator }) },
  'Mutation.createTarget': { args: () => ({ input: { strategyId: ids.strategy, indicatorCode: ids.indicator, points: [{ period: '2029', value: 1 }] } }) },
  'Mutation.updateTarget': { args: () => ({ id: ids.target, input: {} }) },
  'Mutation.linkIndicatorToGoal': { args: () => ({ input: { goalId: ids.goal, indicatorCode: ids.indicator } }) },
  'Mutation.updateGoalIndicator': { args: () => ({ input: { goalId: ids.goal, indicatorCode: ids.indicator } }) },
  'Mutation.unlinkIndicatorFromGoal': { args: () => ({ goalId: ids.goal, indicatorCode: ids.indicator }) },
  'Mutation.loadUpload': { args: () => ({ input: { uploadId: 'no-such-upload' } }) },
  'Mutation.startSotkanetSync': { args: () => ({ input: { sotkanetIds: ['1244'] } }), as: 'ANALYST' },
  'Mutation.openReview': { args: () => ({ strategyId: ids.strategy, quarter: '2026Q3' }), as: 'BOARD' },
  'Mutation.writeAssessment': { args: () => ({ input: { reviewId: '1', goalId: ids.goal, narrative: 'N' } }), as: 'GOAL_OWNER' },
  'Mutation.createUser': { args: () => ({ input: { username: 'someone', displayName: 'S', role: 'VIEWER', password: 'long enough!' } }) },
  'Mutation.updateUser': { args: () => ({ id: String(server.users.VIEWER.id), input: {} }) },
  'Mutation.createApiToken': { args: () => ({ input: { userId: String(server.users.VIEWER.id), name: 'T' } }) },
  'Indicator.series': { args: () => ({ areaCode: '091' }), parent: 'indicator(code: $parentCode)' },
  'Indicator.basis': { args: () => ({ strategyId: ids.strategy, areaCode: '091' }), parent: 'indicator(code: $parentCode)' },
};

/** Valid values of the required fields of an input object a path has to create on its way. */
const REQUIRED_FIELDS: Record<string, Record<string, unknown>> = {
  LocalizedTextInput: { fi: 'F' },
  TargetPointInput: { period: '2029', value: 1 },
};

/** Sets the value at a path in a field's arguments, making the input objects and lists on the way. */
function setAt(args: Record<string, unknown>, coordinate: string, path: string[], value: unknown): void {
  const [typeName, fieldName] = coordinate.split('.') as [string, string];
  const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
  let type: GraphQLInputType | undefined = field?.args.find((arg) => arg.name === path[0])?.type;
  let node: Record<string, unknown> = args;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    if (!type) throw new Error(`no type at ${path.slice(0, index + 1).join('.')} of ${coordinate}`);
    const inner = getNullableType(type);
    node[key] ??= isListType(inner) ? [] : { ...REQUIRED_FIELDS[getNamedType(inner).name] };
    node = node[key] as Record<string, unknown>;
    type = isListType(inner) ? inner.ofType : isInputObjectType(inner) ? inner.getFields()[path[index + 1] as string]?.type : undefined;
  });
}

/** The operation that calls `Type.field` with its arguments as variables. */
function operationFor(coordinate: string): string {
  const [typeName, fieldName] = coordinate.split('.') as [string, string];
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`no field ${coordinate}`);
  const parent = BASE[coordinate]?.parent;
  const declarations = [...field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`), ...(parent ? ['$parentCode: String!'] : [])];
  const call = `${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''}`;
  const operation = typeName === 'Mutation' ? 'mutation' : 'query';
  return `${operation} (${declarations.join(', ')}) { ${parent ? `${parent} { ${call} }` : call} }`;
}

const LONG = 'x'.repeat(50_001);

describe('text limits', () => {
  test('the table has a call for every field that takes text', () => {
    const coordinates = [...new Set(textPlaces().map((place) => place.slice(0, place.indexOf('('))))].sort();
    expect(Object.keys(BASE).sort()).toEqual(coordinates);
  });

  test.each(textPlaces())('%s over its limit is BAD_USER_INPUT naming the field', async (place) => {
    const coordinate = place.slice(0, place.indexOf('('));
    const path = place.slice(place.indexOf('(') + 1, -1).split('.');
    const base = BASE[coordinate];
    if (!base) throw new Error(`no case for ${coordinate}`);
    const variables = base.args();
    setAt(variables, coordinate, path, LONG);
    if (base.parent) variables.parentCode = ids.indicator;
    const result = await server.graphql(operationFor(coordinate), variables, base.as ?? 'ADMIN');
    const error = result.errors?.[0];
    expect(error?.extensions?.code, JSON.stringify(result).slice(0, 500)).toBe('BAD_USER_INPUT');
    const field = path.join('.');
    // A DateTime is refused while variables are read, before any resolver: graphql-js names the path.
    const named = error?.extensions?.problems
      ? (error.extensions.problems as Array<{ field: string }>).map((problem) => problem.field)
      : [error?.extensions?.field ?? error?.message.match(/at "([^"]+)"/)?.[1]];
    expect(named).toContain(field);
    expect(error?.message.length).toBeLessThan(2_000);
  });

  test('a 1.9 MB search is refused on its length, not a LIKE pattern SQLite cannot run', async () => {
    const result = await server.graphql(`query ($search: String) { indicators(search: $search) { totalCount } }`, { search: 'x'.repeat(1_900_000) }, 'anonymous');
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect(firstError(result).message).toBe('search: must be at most 200 characters');
  });

  test("the Sotkanet catalogue's search and cursor are refused on the shared limits, before they are scanned or decoded", async () => {
    const catalogue = `query ($search: String, $after: String) { sotkanetCatalogue(search: $search, after: $after) { totalCount } }`;
    const search = await server.graphql(catalogue, { search: 'x'.repeat(TEXT_LIMITS.search + 1) }, 'anonymous');
    expect(firstError(search)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect(firstError(search).message).toBe(`search: must be at most ${TEXT_LIMITS.search} characters`);
    const after = await server.graphql(catalogue, { after: 'x'.repeat(TEXT_LIMITS.cursor + 1) }, 'anonymous');
    expect(firstError(after)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(firstError(after).message).toBe(`after: must be at most ${TEXT_LIMITS.cursor} characters`);
  });
});
