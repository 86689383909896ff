/**
 * Loads are first-class: every load is recorded with its report, listed newest first, and can be
 * undone — restoring exactly the values that were current before it, keeping history so every past
 * `asOf` answer stays what it was, and refusing when later loads have built on it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';
import { undoLoad } from './load-service';
import {
  currentValues,
  fingerprint,
  LOAD_UPLOAD,
  loadText,
  observationHash,
  upload,
  type GraphQLLoadReport,
} from './test-support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const csv = (...rows: string[]) => `indicator,area,period,value\n${rows.join('\n')}\n`;

const LOAD_FIELDS = `id recordedAt createdBy fileName format status insertedCount updatedCount unchangedCount rejectedCount
  undoneBy { id } undoOf { id }`;

interface LoadNode {
  id: string;
  recordedAt: string;
  createdBy: string;
  fileName: string;
  format: string;
  status: string;
  insertedCount: number;
  updatedCount: number;
  unchangedCount: number;
  rejectedCount: number;
  undoneBy: { id: string } | null;
  undoOf: { id: string } | null;
}

/** Uploads a file and writes it through the GraphQL mutation, as the dashboard does. */
async function loadThroughApi(content: string, fileName: string): Promise<GraphQLLoadReport> {
  const { body } = await upload(server, content, fileName);
  const { loadUpload } = await server.data<{ loadUpload: GraphQLLoadReport }>(LOAD_UPLOAD, { input: { uploadId: body.uploadId } }, 'ANALYST');
  return loadUpload;
}

const undoThroughApi = (id: string | number) =>
  server.graphql<{ undoLoad: LoadNode }>(`mutation ($id: ID!) { undoLoad(id: $id) { ${LOAD_FIELDS} } }`, { id: String(id) }, "ANALYST");

const loadById = async (id: string | number) =>
  (
    await server.data<{ load: (LoadNode & { rejections: Array<{ line: number; field: string | null; code: string; reason: string }> }) | null }>(
      `query ($id: ID!) { load(id: $id) { ${LOAD_FIELDS} rejections { line field code reason } } }`,
      { id: String(id) },
    )
  ).load;

describe('the load history', () => {
  let code: string;
  beforeAll(async () => {
    code = await createTestIndicator(server, { maxValue: 10 });
  });

  test('records who loaded what, when, in which format, with its counts and rejected rows', async () => {
    const startedAt = Date.now();
    const committed = await loadThroughApi(csv(`${code},091,2020,1`, `${code},091,2021,2`), 'arvot 2021 (ä).csv');
    const rejected = await loadThroughApi(csv(`${code},091,2020,1`, `${code},091,2022,11`, `${code},XYZ,2022,1`), 'huono.csv');
    const byCli = await loadText(server, csv(`${code},091,2020,1`, `${code},091,2021,3`));

    const first = await loadById(committed.load?.id ?? '');
    expect(first).toMatchObject({
      // The signed-in analyst who uploaded and loaded it.
      createdBy: server.users.ANALYST.username,
      fileName: 'arvot 2021 (ä).csv',
      format: 'long-csv',
      status: 'COMMITTED',
      insertedCount: 2,
      updatedCount: 0,
      unchangedCount: 0,
      rejectedCount: 0,
      rejections: [],
    });
    expect(Date.parse(first?.recordedAt ?? '')).toBeGreaterThanOrEqual(startedAt - 1);

    expect(await loadById(rejected.load?.id ?? '')).toMatchObject({
      status: 'REJECTED',
      insertedCount: 0,
      rejectedCount: 2,
      rejections: [
        { line: 3, field: 'value', code: 'OUT_OF_RANGE', reason: expect.stringContaining('11') },
        { line: 4, field: 'area', code: 'UNKNOWN_AREA', reason: expect.stringContaining('XYZ') },
      ],
    });
    expect(await loadById(byCli.loadId ?? 0)).toMatchObject({ createdBy: 'test', updatedCount: 1, unchangedCount: 1 });
    expect(await loadById(999_999)).toBeNull();
  });

  test('keeps the count of rejected rows per reason over the whole file, beyond the rejected rows it keeps', async () => {
    // 10,000 unknown areas fill the kept rejections (the first 10,000 in line order); the three
    // values out of range after them are not kept, but are counted.
    const unknownAreas = Array.from({ length: 10_000 }, (_, index) => `${code},XYZ,${1000 + (index % 1000)},1`);
    const outOfRange = [`${code},091,2030,11`, `${code},091,2031,12`, `${code},091,2032,13`];
    const report = await loadText(server, csv(...unknownAreas, ...outOfRange));
    expect(report).toMatchObject({ status: 'REJECTED', rejected: 10_003 });

    const load = (
      await server.data<{ load: { rejectedCount: number; rejectionsByCode: Array<{ code: string; count: number }>; rejections: Array<{ code: string }> } }>(
        `query ($id: ID!) { load(id: $id) { rejectedCount rejectionsByCode { code count } rejections(first: 10000) { code } } }`,
        { id: String(report.loadId) },
      )
    ).load;
    expect(load.rejections).toHaveLength(10_000);
    expect(load.rejections.some((rejection) => rejection.code === 'OUT_OF_RANGE')).toBe(false);
    expect(load.rejectionsByCode).toEqual(
      expect.arrayContaining([
        { code: 'UNKNOWN_AREA', count: 10_000 },
        { code: 'OUT_OF_RANGE', count: 3 },
      ]),
    );
    expect(load.rejectionsByCode).toHaveLength(2);
  });

  test('lists loads newest first, a page at a time, until every load has been seen once', async () => {
    for (let index = 0; index < 4; index += 1) await loadText(server, csv(`${code},092,${2000 + index},1`));
    const all = server.database.sqlite.prepare(`select id from load order by recorded_at desc`).pluck().all() as number[];
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const { loads }: { loads: { nodes: LoadNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } } =
        await server.data(
          `query ($after: String) { loads(first: 2, after: $after) { nodes { id recordedAt } pageInfo { hasNextPage endCursor } totalCount } }`,
          { after },
        );
      expect(loads.totalCount).toBe(all.length);
      expect(loads.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...loads.nodes.map((node) => node.id));
      if (!loads.pageInfo.hasNextPage) break;
      after = loads.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map(String));
    const { loads } = await server.data<{ loads: { nodes: LoadNode[] } }>(`{ loads { nodes { recordedAt } } }`);
    const times = loads.nodes.map((node) => Date.parse(node.recordedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('undoing a load', () => {
  let code: string;
  const key = (area: string, period: string) => `${code}|${area}|0|${period}`;
  beforeAll(async () => {
    code = await createTestIndicator(server);
    // The state a load will change: four values of Kuopio (297), and one of Oulu (564) it leaves alone.
    await loadText(server, csv(`${code},297,2019,1`, `${code},297,2020,2`, `${code},297,2021,3`, `${code},297,2022,4`, `${code},564,2020,9`));
  });

  test('restores exactly the values that were current before it: changed ones back, inserted ones gone', async () => {
    const before = currentValues(server, [code]);
    const load = await loadText(
      server,
      csv(
        `${code},297,2019,1`, // unchanged
        `${code},297,2020,20`, // changed
        `${code},297,2021,`, // emptied (missing)
        `${code},297,2023,5`, // new
        `${code},049,2020,7`, // new, another area
      ),
    );
    expect(load).toMatchObject({ status: 'COMMITTED', inserted: 2, updated: 2, unchanged: 1 });
    expect(currentValues(server, [code])).not.toEqual(before);

    const { undoLoadId } = await undoLoad(server.database.file, load.loadId ?? 0, 'test');
    const after = currentValues(server, [code]);
    expect(after).toEqual(before);
    expect(after.has(key('297', '2023'))).toBe(false);
    expect(after.get(key('297', '2021'))).toBe(3);

    expect(await loadById(load.loadId ?? 0)).toMatchObject({ status: 'UNDONE', undoneBy: { id: String(undoLoadId) } });
    expect(await loadById(undoLoadId)).toMatchObject({ format: 'undo', status: 'COMMITTED', undoOf: { id: String(load.loadId) }, updatedCount: 4 });
  });

  test('through GraphQL; a second undo of the same load is refused and changes nothing', async () => {
    const before = currentValues(server, [code]);
    const load = await loadThroughApi(csv(`${code},297,2022,44`, `${code},297,2024,6`), 'korjaus.csv');
    const undone = await undoThroughApi(load.load?.id ?? '');
    expect(undone.errors).toBeUndefined();
    expect(undone.data?.undoLoad).toMatchObject({ format: 'undo', createdBy: server.users.ANALYST.username, undoOf: { id: load.load?.id } });
    expect(currentValues(server, [code])).toEqual(before);

    const state = fingerprint(server);
    const again = await undoThroughApi(load.load?.id ?? '');
    expect(firstError(again)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already been undone/) });
    expect(fingerprint(server)).toEqual(state);
  });

  test('a rejected load, which wrote nothing, cannot be undone; an unknown load is not found', async () => {
    const rejected = await loadText(server, csv(`${code},297,2022,x`));
    expect(firstError(await undoThroughApi(rejected.loadId ?? 0))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/wrote nothing/) });
    expect(firstError(await undoThroughApi(987_654))).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('is refused while later loads have changed the same values, naming the one to undo first', async () => {
    const states = [currentValues(server, [code])];
    const loads = [];
    for (const rows of [
      [`${code},297,2020,21`, `${code},297,2025,1`],
      [`${code},297,2020,22`],
      [`${code},297,2020,21`, `${code},297,2026,1`], // back to the first load's value, but its own statement
    ]) {
      const report = await loadText(server, csv(...rows));
      expect(report.inserted + report.updated).toBeGreaterThan(0);
      loads.push(report.loadId ?? 0);
      states.push(currentValues(server, [code]));
    }
    const [first, second, third] = loads;

    const state = fingerprint(server);
    for (const [undone, blocker] of [[first, third], [second, third]]) {
      const refused = await undoThroughApi(undone ?? 0);
      expect(firstError(refused)).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`load ${blocker} (1 value(s))`) });
    }
    expect(fingerprint(server)).toEqual(state);

    // Undone in reverse order, each step gives back the state before that load.
    await undoLoad(server.database.file, third ?? 0, 'test');
    expect(currentValues(server, [code])).toEqual(states[2]);
    // The third load is undone: now the second one's value is in the way.
    expect(firstError(await undoThroughApi(first ?? 0))).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`load ${second} `) });
    await undoLoad(server.database.file, second ?? 0, 'test');
    expect(currentValues(server, [code])).toEqual(states[1]);
    await undoLoad(server.database.file, first ?? 0, 'test');
    expect(currentValues(server, [code])).toEqual(states[0]);
  });

  test('is allowed again once every later change of its values has been undone, in any order of loads', async () => {
    const original = currentValues(server, [code]);
    const first = await loadText(server, csv(`${code},297,2022,50`));
    const second = await loadText(server, csv(`${code},297,2022,51`));
    await undoLoad(server.database.file, second.loadId ?? 0, 'test');
    const third = await loadText(server, csv(`${code},297,2022,52`));
    await undoLoad(server.database.file, third.loadId ?? 0, 'test');
    expect(currentValues(server, [code]).get(key('297', '2022'))).toBe(50);
    await undoLoad(server.database.file, first.loadId ?? 0, 'test');
    expect(currentValues(server, [code])).toEqual(original);
  });

  test('an undo cannot itself be undone (that would revive a load still marked undone)', async () => {
    const load = await loadText(server, csv(`${code},297,2027,1`));
    const { undoLoadId } = await undoLoad(server.database.file, load.loadId ?? 0, 'test');
    const state = fingerprint(server);
    expect(firstError(await undoThroughApi(undoLoadId))).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/load that file again/) });
    expect(fingerprint(server)).toEqual(state);
  });

  test('is allowed when later loads changed only other values', async () => {
    const original = currentValues(server, [code]);
    const first = await loadText(server, csv(`${code},297,2019,11`));
    await loadText(server, csv(`${code},297,2019,11`, `${code},297,2022,40`)); // 2019 unchanged
    const afterSecond = currentValues(server, [code]);
    await undoLoad(server.database.file, first.loadId ?? 0, 'test');
    expect(currentValues(server, [code])).toEqual(new Map([...afterSecond, [key('297', '2019'), original.get(key('297', '2019')) ?? null]]));
  });

  test('a value removed by an undo can be loaded again', async () => {
    const first = await loadText(server, csv(`${code},297,2030,1`));
    await undoLoad(server.database.file, first.loadId ?? 0, 'test');
    const before = observationHash(server);
    const again = await loadText(server, csv(`${code},297,2030,1`));
    expect(again).toMatchObject({ inserted: 1, unchanged: 0 });
    expect(observationHash(server)).not.toBe(before);
    expect(currentValues(server, [code]).get(key('297', '2030'))).toBe(1);
  });
});

describe('after an undo, the past is unchanged', () => {
  const ATTAINMENT = `query ($id: ID!, $asOf: String) { attainment(strategyId: $id, areaCode: "491", asOf: $asOf) {
    status score perspectives { goals { status score indicators { status score latest { period value } } } } } }`;

  test('attainment as of a time before the undo shows what it showed then', async () => {
    const strategyId = await createTestStrategy(server, { baselineYear: 2020 });
    const goalId = await createTestGoal(server, await createTestPerspective(server, strategyId));
    const code = await createTestIndicator(server, { direction: 'LOWER_IS_BETTER' });
    await linkTestIndicator(server, goalId, code);
    await server.data(
      `mutation ($s: ID!, $c: String!) { createTarget(input: { strategyId: $s, indicatorCode: $c, points: [{ period: "2027", value: 1.0 }] }) { id } }`,
      { s: strategyId, c: code },
    );
    const attainment = async (asOf?: string) =>
      (await server.data<{ attainment: Record<string, unknown> }>(ATTAINMENT, { id: strategyId, asOf })).attainment;

    await loadText(server, csv(`${code},491,2020,2.0`, `${code},491,2022,1.6`));
    const onTrack = await attainment();
    // A revision: 2022 is 2.1, moving away from the target.
    const revision = await loadText(server, csv(`${code},491,2022,2.1`));
    const revised = await attainment();
    expect(revised).not.toEqual(onTrack);

    const { undoLoadId } = await undoLoad(server.database.file, revision.loadId ?? 0, 'test');
    expect(await attainment()).toEqual(onTrack);
    // Between the revision and its undo, the revised answer still stands.
    const undoneAt = (await loadById(undoLoadId))?.recordedAt ?? '';
    const between = new Date((revision.recordedAt?.getTime() ?? 0) / 2 + Date.parse(undoneAt) / 2).toISOString();
    expect(Date.parse(between)).toBeLessThan(Date.parse(undoneAt));
    expect(await attainment(between)).toEqual(revised);
    expect(await attainment(revision.recordedAt?.toISOString())).toEqual(revised);
  });
});
