import { describe, expect, test } from 'vitest';
import { applicableTarget, baselineOf } from './indicator-series';

const organisationWide = { id: '1', area: null, serviceArea: null, baselinePeriod: null, baselineValue: null, points: [{ period: '2029', value: 1.6 }] };
const savonlinna = { id: '2', area: { code: '740' }, serviceArea: null, baselinePeriod: '2022', baselineValue: 2.4, points: [{ period: '2029', value: 1.7 }] };
const olderPeople = { id: '3', area: null, serviceArea: { id: '2' }, baselinePeriod: null, baselineValue: null, points: [{ period: '2029', value: 90 }] };

describe('applicableTarget', () => {
  test.each([
    ['740', null, '2'],
    ['740', '2', '2'],
    ['491', null, '1'],
    ['491', '2', '3'],
    ['HVA12', null, '1'],
  ])('area %s, service area %s → target %s', (area, serviceArea, expected) => {
    expect(applicableTarget([organisationWide, savonlinna, olderPeople], area, serviceArea)?.id).toBe(expected);
  });

  test('none when nothing applies', () => {
    expect(applicableTarget([savonlinna], '491', null)).toBeNull();
  });
});

describe('baselineOf', () => {
  const series = [
    { period: '2019', value: 2.0 },
    { period: '2020', value: null },
    { period: '2021', value: 2.2 },
    { period: '2022', value: 2.3 },
  ];
  test('the first value from the baseline year on', () => {
    expect(baselineOf(series, organisationWide, 2020)).toEqual({ period: '2021', value: 2.2 });
  });
  test('a target’s own baseline wins', () => {
    expect(baselineOf(series, savonlinna, 2020)).toEqual({ period: '2022', value: 2.4 });
  });
  test('a target’s baseline period alone takes the value observed then', () => {
    const periodOnly = { ...savonlinna, baselinePeriod: '2022', baselineValue: null };
    expect(baselineOf(series, periodOnly, 2020)).toEqual({ period: '2022', value: 2.3 });
  });
  test('none when the series ends before the baseline year', () => {
    expect(baselineOf(series, null, 2024)).toBeNull();
  });
});
