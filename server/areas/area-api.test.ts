import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('areas', () => {
  test('lists the areas of one kind', async () => {
    const { areas } = await server.data<{ areas: Array<{ code: string }> }>(`{ areas(kind: WELLBEING_COUNTY) { code } }`);
    expect(areas).toHaveLength(23);
    expect(areas.map((area) => area.code)).toContain('HVA12');
  });

  test('lists a county’s municipalities by parent code, in code order', async () => {
    const { areas } = await server.data<{ areas: Array<{ code: string; name: { fi: string; sv: string } }> }>(
      `{ areas(kind: MUNICIPALITY, parentCode: "HVA12") { code name { fi sv } } }`,
    );
    expect(areas.map((area) => area.code)).toEqual(['046', '097', '178', '213', '491', '507', '593', '623', '681', '740', '768']);
    expect(areas.find((area) => area.code === '740')?.name).toEqual({ fi: 'Savonlinna', sv: 'Nyslott' });
  });

  test('lists a region’s municipalities by the region’s code', async () => {
    const { areas } = await server.data<{ areas: Array<{ code: string }> }>(`{ areas(parentCode: "MK10") { code } }`);
    expect(areas).toHaveLength(11);
  });

  test('an unknown parent code gives no areas', async () => {
    const { areas } = await server.data<{ areas: unknown[] }>(`{ areas(parentCode: "HVA99") { code } }`);
    expect(areas).toEqual([]);
  });

  test('one area with its parent, region and children', async () => {
    const { area } = await server.data<{ area: any }>(
      `{ area(code: "491") { code kind name { fi sv } parent { code kind parent { code } } region { code name { fi } } children { code } } }`,
    );
    expect(area).toEqual({
      code: '491',
      kind: 'MUNICIPALITY',
      name: { fi: 'Mikkeli', sv: 'S:t Michel' },
      parent: { code: 'HVA12', kind: 'WELLBEING_COUNTY', parent: { code: 'SSS' } },
      region: { code: 'MK10', name: { fi: 'Etelä-Savo' } },
      children: [],
    });
    const { area: country } = await server.data<{ area: { children: unknown[] } }>(
      `{ area(code: "SSS") { children(kind: REGION) { code } } }`,
    );
    expect(country.children).toHaveLength(19);
  });

  test('the children of every county and region come from one statement, each municipality under both', async () => {
    const query = (kind: string) => `{ areas(kind: ${kind}) { code children(kind: MUNICIPALITY) { code } } }`;
    server.resetStatementCount();
    const { areas: counties } = await server.data<{ areas: Array<{ code: string; children: Array<{ code: string }> }> }>(query('WELLBEING_COUNTY'), {}, 'anonymous');
    expect(server.statementCount()).toBe(2); // the counties, then all their children
    const { areas: regions } = await server.data<{ areas: Array<{ code: string; children: Array<{ code: string }> }> }>(query('REGION'), {}, 'anonymous');
    const childrenOf = (areas: typeof counties, code: string) => areas.find((area) => area.code === code)?.children.map((child) => child.code);
    expect(childrenOf(counties, 'HVA12')).toContain('740');
    expect(childrenOf(regions, 'MK10')).toContain('740');
    expect(counties.reduce((count, county) => count + county.children.length, 0)).toBe(308);
  });

  test('an unknown area is null, not an error', async () => {
    const result = await server.graphql(`{ area(code: "911") { code } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.area).toBeNull();
  });

  test('service areas are the standard seven in order', async () => {
    const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string; code: string; name: { en: string } }> }>(
      `{ serviceAreas { id code name { en } } }`,
    );
    expect(serviceAreas.map((serviceArea) => serviceArea.code)).toEqual([
      'children-families',
      'older-people',
      'mental-health-substance-abuse',
      'primary-health-care',
      'specialised-care',
      'rescue-services',
      'growth-employment',
    ]);
    expect(serviceAreas[1]?.name.en).toBe('Older people');
  });
});
