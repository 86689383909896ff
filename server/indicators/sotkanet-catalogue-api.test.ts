import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

/** Sotkanet's catalogue (the real SotkaIndicators.json, 2,434 indicators) and creating indicators from it. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Entry {
  sotkanetId: number;
  title: { fi: string; sv: string | null; en: string | null };
  organization: string | null;
  indicator: { code: string } | null;
}
interface Page {
  edges: Array<{ cursor: string; node: Entry }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const CATALOGUE = `query ($search: String, $first: Int, $after: String) { sotkanetCatalogue(search: $search, first: $first, after: $after) {
  edges { cursor node { sotkanetId title { fi sv en } organization indicator { code } } } pageInfo { hasNextPage endCursor } totalCount } }`;

async function page(variables: { search?: string; first?: number; after?: string | null }, as: 'ADMIN' | 'anonymous' = 'ADMIN'): Promise<Page> {
  return (await server.data<{ sotkanetCatalogue: Page }>(CATALOGUE, variables, as)).sotkanetCatalogue;
}

const titles = (entry: Entry) => [entry.title.fi, entry.title.sv ?? '', entry.title.en ?? ''].join(' ').toLowerCase();

describe('sotkanetCatalogue', () => {
  test('pages through all 2,434 indicators in id order, each once', async () => {
    const first = await page({});
    expect(first.totalCount).toBe(2434);
    expect(first.edges).toHaveLength(50);
    expect(first.edges[0]?.node).toMatchObject({ sotkanetId: 4, organization: 'Terveyden ja hyvinvoinnin laitos (THL)', indicator: null });
    const ids: number[] = [];
    let after: string | null = null;
    for (;;) {
      const next: Page = await page({ first: 500, after });
      ids.push(...next.edges.map((edge) => edge.node.sotkanetId));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(2434);
    expect(ids.every((id, index) => index === 0 || id > (ids[index - 1] as number))).toBe(true);
  });

  test('finds by words of the title in any language, ignoring case, and by id', async () => {
    // Indicator 1244's titles (data/sotkanet/oskari-server/SotkaIndicators.json) in each language.
    for (const search of ['HUOSTASSA kiireellisesti', 'omhändertagna brådskande', 'emergency placement', '1244']) {
      const result = await page({ search, first: 500 });
      expect(result.edges.map((edge) => edge.node.sotkanetId), search).toContain(1244);
      expect(result.totalCount).toBe(result.edges.length);
      if (/^\d+$/.test(search)) continue;
      // Every hit has every word somewhere in its titles.
      for (const edge of result.edges) {
        for (const word of search.toLowerCase().split(' ')) expect(titles(edge.node), `${search} → ${edge.node.sotkanetId}`).toContain(word);
      }
    }
    expect((await page({ search: 'äitiysneuvola' })).edges.every((edge) => titles(edge.node).includes('äitiysneuvola'))).toBe(true);
    expect((await page({ search: 'no such words anywhere' })).totalCount).toBe(0);
  });

  test('pages a search with the same cursors', async () => {
    const all = await page({ search: 'lapset', first: 500 });
    expect(all.totalCount).toBeGreaterThan(4);
    const firstTwo = await page({ search: 'lapset', first: 2 });
    const nextTwo = await page({ search: 'lapset', first: 2, after: firstTwo.pageInfo.endCursor });
    expect([...firstTwo.edges, ...nextTwo.edges].map((edge) => edge.node.sotkanetId)).toEqual(all.edges.slice(0, 4).map((edge) => edge.node.sotkanetId));
    expect(nextTwo.totalCount).toBe(all.totalCount);
  });

  test('refuses bad paging and an over-long search', async () => {
    expect(firstError(await server.graphql(CATALOGUE, { first: 501 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(firstError(await server.graphql(CATALOGUE, { after: 'nonsense' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(firstError(await server.graphql(CATALOGUE, { search: 'x'.repeat(201) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('createIndicatorFromSotkanet', () => {
  const CREATE = `mutation ($input: CreateIndicatorFromSotkanetInput!) { createIndicatorFromSotkanet(input: $input) {
    code name { fi sv en } unit decimals direction naturalLimit minValue maxValue frequency source sourceId definition { fi en } serviceAreas { code } } }`;

  test('creates sotkanet:<id> with Sotkanet names and the confirmed unit, direction and limits; the catalogue then links it', async () => {
    const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string; code: string }> }>(`{ serviceAreas { id code } }`);
    const familyServices = serviceAreas.find((serviceArea) => serviceArea.code === 'children-families');
    expect(familyServices).toBeDefined();
    const { createIndicatorFromSotkanet } = await server.data<{ createIndicatorFromSotkanet: any }>(
      CREATE,
      {
        input: {
          sotkanetId: 1244,
          direction: 'LOWER_IS_BETTER',
          unit: '%',
          naturalLimit: 0,
          minValue: 0,
          maxValue: 100,
          serviceAreaIds: [familyServices?.id],
        },
      },
      'STRATEGY_EDITOR',
    );
    expect(createIndicatorFromSotkanet).toMatchObject({
      code: 'sotkanet:1244',
      unit: '%',
      decimals: 1,
      direction: 'LOWER_IS_BETTER',
      naturalLimit: 0,
      minValue: 0,
      maxValue: 100,
      frequency: 'YEAR',
      source: 'sotkanet',
      sourceId: '1244',
      serviceAreas: [{ code: 'children-families' }],
    });
    expect(createIndicatorFromSotkanet.name.fi).toMatch(/^Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat/);
    expect(createIndicatorFromSotkanet.name.en).toMatch(/^Children aged 0-17 years placed in care or emergency placement/);
    expect(createIndicatorFromSotkanet.definition.en).toBe('Sotkanet indicator 1244, produced by Institute for Health and Welfare (THL). Definition and calculation: sotkanet.fi.');
    const { sotkanetCatalogue } = await server.data<{ sotkanetCatalogue: Page }>(CATALOGUE, { search: '1244' });
    expect(sotkanetCatalogue.edges.find((edge) => edge.node.sotkanetId === 1244)?.node.indicator).toEqual({ code: 'sotkanet:1244' });
    const { auditEvents } = await server.data<{ auditEvents: { nodes: Array<{ summary: string; entityId: string }> } }>(
      `{ auditEvents(filter: { action: "createIndicatorFromSotkanet" }, first: 1) { nodes { summary entityId } } }`,
    );
    expect(auditEvents.nodes[0]).toEqual({ summary: "created indicator sotkanet:1244 from Sotkanet's catalogue", entityId: 'sotkanet:1244' });
  });

  test('an indicator that exists, under its code or another code with the Sotkanet id, is a CONFLICT', async () => {
    const input = { sotkanetId: 127, direction: 'HIGHER_IS_BETTER', unit: 'per 1 000' };
    await server.data(CREATE, { input });
    const again = await server.graphql(CREATE, { input });
    expect(firstError(again).code).toBe('CONFLICT');
    expect(firstError(again).message).toContain('already exists as sotkanet:127');
    await createTestIndicator(server, { code: 'child-poverty', source: 'sotkanet', sourceId: '228' });
    const twin = await server.graphql(CREATE, { input: { ...input, sotkanetId: 228 } });
    expect(firstError(twin).code).toBe('CONFLICT');
    expect(firstError(twin).message).toContain('already exists as child-poverty');
  });

  test('bad input names its field and writes nothing; an id Sotkanet does not have is NOT_FOUND', async () => {
    const base = { sotkanetId: 191, direction: 'HIGHER_IS_BETTER', unit: '%' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ unit: ' ' }, 'input.unit'],
      [{ sotkanetId: -5 }, 'input.sotkanetId'],
      [{ decimals: 9 }, 'input.decimals'],
      [{ minValue: 10, maxValue: 5 }, 'input.maxValue'],
      [{ serviceAreaIds: ['99999'] }, 'input.serviceAreaIds.0'],
    ];
    for (const [overrides, field] of cases) {
      expect(firstError(await server.graphql(CREATE, { input: { ...base, ...overrides } })), JSON.stringify(overrides)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(firstError(await server.graphql(CREATE, { input: { ...base, sotkanetId: 999999 } }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.sotkanetId' });
    const { indicator } = await server.data<{ indicator: null }>(`{ indicator(code: "sotkanet:191") { code } }`);
    expect(indicator).toBeNull();
  });

  test('needs EDIT_INDICATORS: a viewer or a goal owner may not', async () => {
    const input = { sotkanetId: 4, direction: 'LOWER_IS_BETTER', unit: '%' };
    expect(firstError(await server.graphql(CREATE, { input }, 'VIEWER')).code).toBe('FORBIDDEN');
    expect(firstError(await server.graphql(CREATE, { input }, 'GOAL_OWNER')).code).toBe('FORBIDDEN');
    expect(firstError(await server.graphql(CREATE, { input }, 'anonymous')).code).toBe('UNAUTHENTICATED');
  });
});
