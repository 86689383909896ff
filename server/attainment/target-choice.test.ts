import { expect, test } from 'vitest';
import type { Target } from '../indicators/indicator-model';
import { chooseApplicableTarget } from './target-choice';

const target = (id: number, indicatorId: number, areaId: number | null, serviceAreaId: number | null): Target => ({
  id,
  strategyId: 1,
  indicatorId,
  areaId,
  serviceAreaId,
  baselinePeriod: null,
  baselineValue: null,
  points: [],
  acknowledgedWarnings: [],
});

const targets = [target(1, 7, null, null), target(2, 7, 740, null), target(3, 7, null, 4), target(4, 7, 740, 4), target(5, 8, 740, null)];

test.each<[number, number | null, number, string]>([
  [740, 4, 4, 'own target for the service area'],
  [740, null, 2, 'own target'],
  [740, 5, 2, 'own target when the service area has none of its own'],
  [491, 4, 3, 'organisation-wide for the service area'],
  [491, null, 1, 'organisation-wide'],
])('area %d, service area %j → target %d (%s)', (areaId, serviceAreaId, expected, _why) => {
  expect(chooseApplicableTarget(targets, 7, areaId, serviceAreaId)?.id).toBe(expected);
});

test('another indicator’s target never applies', () => {
  expect(chooseApplicableTarget(targets, 9, 740, null)).toBeNull();
  expect(chooseApplicableTarget(targets, 8, 491, null)).toBeNull();
});
