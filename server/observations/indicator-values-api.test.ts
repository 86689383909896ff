import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadText } from '../loads/test-support';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

/**
 * `indicatorValues`, the data behind the comparison bar chart and the map, against the demo's real
 * Sotkanet figures. Expected values are read off `data/sotkanet/sotkanet-portal-export/sotkanet-data.csv`
 * (indicator 228, children at risk of poverty, %).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server.close());

const INDICATOR_VALUES = `query ($code: String!, $period: String, $kind: AreaKind, $parent: String) {
  indicatorValues(indicatorCode: $code, period: $period, areaKind: $kind, parentCode: $parent) {
    indicator { code } period periods values { area { code } value provisional } } }`;

interface IndicatorValuesAnswer {
  indicatorValues: {
    indicator: { code: string };
    period: string | null;
    periods: string[];
    values: Array<{ area: { code: string }; value: number | null; provisional: boolean }>;
  };
}

async function indicatorValues(variables: Record<string, unknown>) {
  const { indicatorValues: result } = await server.data<IndicatorValuesAnswer>(INDICATOR_VALUES, variables);
  return { ...result, byArea: new Map(result.values.map((row) => [row.area.code, row.value])) };
}

describe('indicatorValues', () => {
  test('without a period: the latest one with data, for every municipality of the county, missing ones as null', async () => {
    const result = await indicatorValues({ code: 'sotkanet:228', parent: 'HVA12' });
    expect(result.indicator.code).toBe('sotkanet:228');
    expect(result.period).toBe('2023');
    expect(result.periods[0]).toBe('2023');
    expect(result.periods).toEqual([...result.periods].sort().reverse());
    // Etelä-Savo's 11 municipalities, each listed even when it has no value.
    expect(result.values).toHaveLength(11);
    expect(result.byArea.get('491')).toBe(11.9); // Mikkeli
    expect(result.byArea.get('740')).toBe(14.4); // Savonlinna
    expect(result.byArea.get('768')).toBe(11.8); // Sulkava
    expect(result.byArea.get('623')).toBeNull(); // Puumala: no 2023 value in the export
    expect(result.byArea.has('091')).toBe(false); // Helsinki is not in the county
  });

  test('a period asked for is shown, in its canonical form, even where some areas lack it', async () => {
    const result = await indicatorValues({ code: 'sotkanet:228', parent: 'HVA12', period: '2015' });
    expect(result.period).toBe('2015');
    expect(result.byArea.get('097')).toBe(15.9); // Hirvensalmi
    expect(result.byArea.get('593')).toBe(15.2); // Pieksämäki
    expect(result.byArea.get('046')).toBeNull(); // Enonkoski: none in 2015, though it has 2023
  });

  test('without a parent: every municipality of Finland', async () => {
    const result = await indicatorValues({ code: 'sotkanet:1244', period: '2015' });
    expect(result.values).toHaveLength(308);
    expect(result.byArea.get('091')).toBe(1.6); // Helsinki
  });

  test('shows the current version of a revised value, not the one it replaced', async () => {
    const revised = await loadText(server, 'indicator,area,period,value\nsotkanet:228,740,2023,13.9\n');
    expect(revised.updated).toBe(1);
    const result = await indicatorValues({ code: 'sotkanet:228', parent: 'HVA12', period: '2023' });
    expect(result.byArea.get('740')).toBe(13.9);
  });

  test('refuses an unknown indicator, an unknown parent and a malformed period, naming the field', async () => {
    expect(firstError(await server.graphql(INDICATOR_VALUES, { code: 'sotkanet:999999' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await server.graphql(INDICATOR_VALUES, { code: 'sotkanet:228', parent: 'HVA99' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentCode',
    });
    expect(firstError(await server.graphql(INDICATOR_VALUES, { code: 'sotkanet:228', period: '2023Q5' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
  });
});
