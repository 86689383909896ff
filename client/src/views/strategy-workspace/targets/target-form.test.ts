import { describe, expect, test } from 'vitest';
import { checkInput, createTargetInput, newTargetDraft, normalizePeriod, previewPoints, type TargetDraft, targetDraftFrom, validateTarget, warningFieldIndex } from './target-form';

const draft = (change: Partial<TargetDraft> = {}): TargetDraft => ({
  ...newTargetDraft('YEAR', 2029),
  baselinePeriod: '2024',
  baselineValue: '1,6',
  points: [
    { period: '2027', value: '1,3' },
    { period: '2029', value: '1,0' },
  ],
  ...change,
});

describe('normalizePeriod', () => {
  test.each([
    ['2027', '2027'],
    [' 2027q2 ', '2027Q2'],
    ['2027 Q4', '2027Q4'],
    ['2027-5', '2027-05'],
    ['2027-13', null],
    ['27', null],
    ['2027Q5', null],
  ])('%s → %s', (text, expected) => {
    expect(normalizePeriod(text)).toBe(expected);
  });
});

describe('validateTarget', () => {
  test('a trajectory after its baseline is fine', () => {
    expect(validateTarget(draft(), 'YEAR')).toEqual({});
  });

  test('a point at or before the baseline is caught at that point: it blocks saving', () => {
    expect(validateTarget(draft({ points: [{ period: '2024', value: '1,3' }] }), 'YEAR')).toEqual({ 'points.0.period': { key: 'pointBeforeBaseline', values: { period: '2024' } } });
    expect(validateTarget(draft({ points: [{ period: '2020', value: '1,3' }] }), 'YEAR')['points.0.period']?.key).toBe('pointBeforeBaseline');
  });

  test.each([
    [{ points: [{ period: '2027Q2', value: '1' }] }, 'points.0.period', 'periodKind'],
    [{ points: [{ period: 'ensi vuonna', value: '1' }] }, 'points.0.period', 'period'],
    [{ points: [{ period: '2027', value: '' }] }, 'points.0.value', 'required'],
    [{ points: [{ period: '2027', value: 'paljon' }] }, 'points.0.value', 'number'],
    [
      {
        points: [
          { period: '2027', value: '1' },
          { period: '2027', value: '2' },
        ],
      },
      'points.1.period',
      'duplicatePeriod',
    ],
    [{ baselinePeriod: '', baselineValue: '1,6' }, 'baselinePeriod', 'required'],
    [{ points: [] }, 'points', 'required'],
  ] as const)('%j: %s %s', (change, field, key) => {
    expect(validateTarget(draft(change as Partial<TargetDraft>), 'YEAR')[field]?.key).toBe(key);
  });

  test('without a baseline (from the data) any well-formed point is fine', () => {
    expect(validateTarget(draft({ baselinePeriod: '', baselineValue: '', points: [{ period: '2020', value: '1' }] }), 'YEAR')).toEqual({});
  });
});

test('the preview draws the points that parse, in period order, while the user types', () => {
  expect(
    previewPoints(
      draft({
        points: [
          { period: '2029', value: '1,0' },
          { period: '202', value: '9' },
          { period: '2027', value: '1,3' },
          { period: '2028', value: '' },
        ],
      }),
      'YEAR',
    ),
  ).toEqual([
    { period: '2027', value: 1.3 },
    { period: '2029', value: 1 },
  ]);
});

test('the input reads decimal commas, spells periods as the API does and carries the acknowledged warnings', () => {
  expect(createTargetInput('1', 'sotkanet:1244', draft({ areaCode: '167', points: [{ period: '2029', value: '1,0' }], acknowledged: ['WORSE_THAN_BASELINE'] }))).toEqual({
    strategyId: '1',
    indicatorCode: 'sotkanet:1244',
    areaCode: '167',
    serviceAreaId: null,
    baselinePeriod: '2024',
    baselineValue: 1.6,
    points: [{ period: '2029', value: 1 }],
    acknowledgedWarnings: ['WORSE_THAN_BASELINE'],
  });
});

test('the live check is sent only with at least one complete point, the baseline left out when it is not of the frequency', () => {
  expect(checkInput('1', 'x', draft({ points: [{ period: '2027', value: '' }] }), 'YEAR')).toBeNull();
  expect(checkInput('1', 'x', draft({ baselinePeriod: '2024Q1' }), 'YEAR')).toMatchObject({ baselinePeriod: null, baselineValue: null });
});

test('a warning about the n-th sorted point is shown at that point’s row as typed', () => {
  const typed = draft({
    points: [
      { period: '2029', value: '1,0' },
      { period: '2027', value: '1,3' },
    ],
  });
  expect(warningFieldIndex(typed, 'YEAR', 0)).toBe(1);
  expect(warningFieldIndex(typed, 'YEAR', 1)).toBe(0);
  expect(warningFieldIndex(typed, 'YEAR', null)).toBeNull();
});

test('a saved target becomes a draft in the user’s locale', () => {
  expect(
    targetDraftFrom({ area: { code: '167' }, serviceArea: null, baselinePeriod: '2024', baselineValue: 1.6, points: [{ period: '2029', value: 1 }], acknowledgedWarnings: [] }, 'fi-FI'),
  ).toEqual({ areaCode: '167', serviceAreaId: '', baselinePeriod: '2024', baselineValue: '1,6', points: [{ period: '2029', value: '1' }], acknowledged: [] });
});
