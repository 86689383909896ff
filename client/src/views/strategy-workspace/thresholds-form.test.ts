import { expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS, isDefaultThresholds, thresholdsDraft, validateThresholds } from './thresholds-form';

const format = (value: number) => String(value).replace('.', ',');

test('the defaults make a draft with the coverage in per cent, and read back unchanged', () => {
  const draft = thresholdsDraft(DEFAULT_THRESHOLDS, format);
  expect(draft.minimumCoverage).toBe('60');
  expect(draft.withTargetHigh).toBe('0,95');
  const { input, problems } = validateThresholds(draft);
  expect(problems).toEqual({});
  expect(input).toEqual(DEFAULT_THRESHOLDS);
  expect(isDefaultThresholds(input!)).toBe(true);
});

test('each set must rise from low through medium to high; the coverage is more than 0 and at most 100 %', () => {
  const draft = { ...thresholdsDraft(DEFAULT_THRESHOLDS, format), withTargetMedium: '0,99', withoutTargetLow: 'x', minimumCoverage: '0' };
  const { input, problems } = validateThresholds(draft);
  expect(input).toBeNull();
  expect(problems).toEqual({ withTargetMedium: { key: 'thresholdOrder' }, withoutTargetLow: { key: 'number' }, minimumCoverage: { key: 'shareRange' } });
});

test('own thresholds are not the defaults', () => {
  expect(isDefaultThresholds({ ...DEFAULT_THRESHOLDS, withTargetHigh: 0.9 })).toBe(false);
});
