import { buildSchema, getNamedType, type GraphQLNamedType, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CACHED_QUERY_FIELDS } from '../app';
import { readConfig } from '../config';
import { TABLES_WITH_TRIGGERS as FIRST_TRIGGERS } from './migrations/2026-11-22T2300-data-version';
import { TABLES_WITH_TRIGGERS as API_TOKEN_TRIGGERS } from './migrations/2026-12-06T1000-api-token-data-version';
import { readDataVersion } from './data-version-repository';
import { startTestServer, type TestServer } from '../test/test-server';

const TABLES_WITH_TRIGGERS: readonly string[] = [...FIRST_TRIGGERS, ...API_TOKEN_TRIGGERS];
/** Tables whose writes do not move the data version, each for the reason the api-token migration gives. */
const TABLES_WITHOUT_TRIGGERS = [
  'observation',
  'load_rejection',
  'session',
  'audit_event',
  // Sotkanet sync bookkeeping (2026-12-06T1300-sotkanet-sync.ts): no cached answer shows it.
  'sotkanet_sync_state',
  'sotkanet_sync_run',
  'sotkanet_sync_run_item',
];
/** Observations are written only by loads, with their `load` row (which has triggers) in the same transaction. */
const MOVED_BY_THEIR_LOAD = ['observation', 'load_rejection'];
const BOOKKEEPING = ['data_version', 'kysely_migration', 'kysely_migration_lock'];

/** What each judged answer is computed from. */
const JUDGED = ['strategy', 'perspective', 'goal', 'goal_indicator', 'goal_service_area', 'indicator', 'target', 'target_point', 'observation', 'area', 'service_area'];
/** A promise is judged by its goals. */
const PROMISE_JUDGED = [...JUDGED, 'service_promise_item', 'service_promise_goal'];

/**
 * The tables each object type of the schema shows, read from its resolvers and repositories. Every
 * type must be listed: a new type makes the test below fail until it says where its data comes from.
 */
const TABLES_OF_TYPE: Record<string, readonly string[]> = {
  LocalizedText: [],
  PeriodValue: [],
  PageInfo: [],
  LoadFormat: [],
  Area: ['area'],
  ServiceArea: ['service_area'],
  Strategy: ['strategy'],
  AttainmentThresholds: ['strategy'],
  Perspective: ['perspective'],
  Goal: ['goal', 'goal_service_area', 'goal_indicator', 'service_promise_goal'],
  GoalIndicator: ['goal_indicator'],
  ServicePromiseItem: ['service_promise_item', 'service_promise_goal'],
  Indicator: ['indicator', 'indicator_service_area'],
  IndicatorConnection: ['indicator'],
  IndicatorEdge: ['indicator'],
  Observation: ['observation'],
  Target: ['target', 'target_point'],
  TargetPoint: ['target_point'],
  IndicatorBasis: ['target', 'target_point', 'observation', 'strategy'],
  StrategyAttainment: JUDGED,
  PerspectiveAttainment: JUDGED,
  GoalAttainment: JUDGED,
  IndicatorAttainment: JUDGED,
  AttainmentMatrix: JUDGED,
  AttainmentMatrixRow: JUDGED,
  IndicatorValues: ['observation', 'indicator', 'area'],
  AreaValue: ['observation', 'area'],
  Load: ['load', 'load_rejection'],
  LoadConnection: ['load'],
  LoadRejection: ['load_rejection'],
  RejectionCount: ['load', 'load_rejection'],
  LoadReport: ['load', 'load_rejection'],
  User: ['app_user'],
  ApiToken: ['api_token'],
  CreatedApiToken: ['api_token'],
  Review: ['review', 'assessment'],
  ReviewGoal: ['review', 'assessment'],
  ReviewIndicator: ['review'],
  Assessment: ['assessment', 'review'],
  AuditEvent: ['audit_event'],
  AuditEventConnection: ['audit_event'],
  PromiseItemAttainment: PROMISE_JUDGED,
  PublicServicePromise: PROMISE_JUDGED,
  PublicPromiseItem: PROMISE_JUDGED,
  PublicPromiseGoal: JUDGED,
  PublicArea: ['area'],
  // The catalogue itself is a file shipped with the project; only its link to a created indicator is stored.
  SotkanetCatalogueConnection: ['indicator'],
  SotkanetCatalogueEdge: ['indicator'],
  SotkanetCatalogueEntry: ['indicator'],
  // The Sotkanet sync's bookkeeping: read by the Data view's own query, never by a cached answer.
  SotkanetSync: ['sotkanet_sync_state', 'sotkanet_sync_run', 'sotkanet_sync_run_item', 'indicator'],
  SotkanetSyncRun: ['sotkanet_sync_run', 'sotkanet_sync_run_item'],
  SotkanetSyncRunItem: ['sotkanet_sync_run_item', 'load'],
  SotkanetIndicatorSync: ['sotkanet_sync_state', 'indicator'],
  TargetCheck: ['indicator', 'observation', 'strategy', 'target', 'target_point'],
  TargetWarning: ['indicator', 'observation', 'strategy', 'target', 'target_point'],
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test('every table either moves the data version on insert, update and delete, or is listed with its reason', () => {
  const { sqlite } = server.database;
  const tables = (sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as Array<{ name: string }>)
    .map((row) => row.name)
    .filter((name) => !BOOKKEEPING.includes(name));
  const triggers = sqlite.prepare(`select tbl_name as tableName, sql from sqlite_master where type = 'trigger'`).all() as Array<{ tableName: string; sql: string }>;
  const untriggered = tables.filter((table) => !TABLES_WITHOUT_TRIGGERS.includes(table));
  expect(untriggered.sort()).toEqual([...TABLES_WITH_TRIGGERS].sort());
  for (const table of untriggered) {
    for (const event of ['insert', 'update', 'delete']) {
      const trigger = triggers.find((candidate) => candidate.tableName === table && candidate.sql.includes(`after ${event} on ${table}`));
      expect(trigger?.sql, `${table} ${event}`).toContain('update data_version set value = value + 1');
    }
  }
});

test('every table a cached answer can show moves the data version, itself or through the load written with it', () => {
  const schema = buildSchema(readFileSync(readConfig({}).schemaFile, 'utf8'));
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type) => isObjectType(type) && !type.name.startsWith('__') && type !== schema.getQueryType() && type !== schema.getMutationType(),
  );
  expect(objectTypes.map((type) => type.name).sort()).toEqual(Object.keys(TABLES_OF_TYPE).sort());

  // Every type a cached answer can reach, field by field.
  const reachable = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || reachable.has(type.name)) return;
    reachable.add(type.name);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  for (const name of CACHED_QUERY_FIELDS) visit(getNamedType(queryFields[name]!.type));
  // The owner of a goal, and their tokens, are among them: the reason api_token has triggers now.
  expect(reachable).toContain('ApiToken');

  const shown = new Set([...reachable].flatMap((type) => TABLES_OF_TYPE[type] ?? []));
  const notMoving = [...shown].filter((table) => !TABLES_WITH_TRIGGERS.includes(table) && !MOVED_BY_THEIR_LOAD.includes(table));
  expect(notMoving).toEqual([]);
  // And what has no triggers for not being shown is indeed not shown.
  for (const table of TABLES_WITHOUT_TRIGGERS.filter((name) => !MOVED_BY_THEIR_LOAD.includes(name))) expect(shown).not.toContain(table);
});

test('a committed change moves the version, a rolled-back one does not', async () => {
  const { db, sqlite } = server.database;
  const start = await readDataVersion(db);
  sqlite.prepare(`update area set name_en = name_en where code = '491'`).run();
  expect(await readDataVersion(db)).toBe(start + 1);
  expect(() =>
    sqlite.transaction(() => {
      sqlite.prepare(`update area set name_en = 'x' where code = '491'`).run();
      throw new Error('rolled back');
    })(),
  ).toThrow('rolled back');
  expect(await readDataVersion(db)).toBe(start + 1);
});

test('creating and revoking a token, and its first use, move the version; using it again within the hour does not', async () => {
  const { db } = server.database;
  const version = () => readDataVersion(db);
  let before = await version();
  const { createApiToken } = await server.data<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`,
    { input: { userId: String(server.users.VIEWER.id), name: 'script' } },
  );
  expect(await version()).toBeGreaterThan(before);
  const use = () => server.data(`{ viewer { id } }`, {}, { token: createApiToken.token });

  before = await version();
  await use();
  expect(await version()).toBe(before + 1);
  await use();
  await use();
  expect(await version()).toBe(before + 1);

  before = await version();
  await server.data(`mutation ($id: ID!) { revokeApiToken(id: $id) }`, { id: createApiToken.apiToken.id });
  expect(await version()).toBeGreaterThan(before);
});
