import { describe, expect, test } from 'vitest';
import { reviewGoal, reviewIndicator } from './review-fixtures';
import {
  assessedStatus,
  assessmentInput,
  countChanges,
  draftFromAssessment,
  FIGURES_CSV_HEADER,
  goalsToDiscuss,
  groupByPerspective,
  isOverridden,
  keyIndicator,
  quartersWithoutReview,
  reviewFiguresRows,
  validateAssessment,
  weightsByGoal,
} from './review-report';

const assessment = (statusOverride: 'ON_TRACK' | 'DETERIORATING' | null, overrideReason: string | null = null) => ({
  id: 'a1',
  reviewId: '2',
  quarter: '2026Q3',
  goalId: '5',
  statusOverride,
  overrideReason,
  narrative: 'Perhetyö alkoi syyskuussa.',
  writtenBy: 'owner',
  writtenAt: '2026-11-20T10:00:00.000Z',
});

describe('groupByPerspective', () => {
  test('keeps the review’s tree order within and between perspectives', () => {
    const goals = [
      reviewGoal({ goalId: '1', perspective: { fi: 'Saatavuus', sv: null, en: null } }),
      reviewGoal({ goalId: '5', perspective: { fi: 'Vaikuttavuus', sv: null, en: null } }),
      reviewGoal({ goalId: '6', depth: 1, perspective: { fi: 'Vaikuttavuus', sv: null, en: null } }),
      reviewGoal({ goalId: '2', perspective: { fi: 'Saatavuus', sv: null, en: null } }),
    ];
    const groups = groupByPerspective(goals);
    expect(groups.map((group) => group.key)).toEqual(['Saatavuus', 'Vaikuttavuus']);
    expect(groups.map((group) => group.goals.map((goal) => goal.goalId))).toEqual([
      ['1', '2'],
      ['5', '6'],
    ]);
  });
});

describe('changes', () => {
  const goals = [
    reviewGoal({ goalId: '1', change: 'IMPROVED' }),
    reviewGoal({ goalId: '2', change: 'UNCHANGED' }),
    reviewGoal({ goalId: '3', change: 'WORSENED' }),
    reviewGoal({ goalId: '4', change: 'NEW' }),
    reviewGoal({ goalId: '5', change: 'UNCHANGED', status: 'LIMITED_PROGRESS', assessment: assessment('ON_TRACK', 'Uusi palvelu') }),
    reviewGoal({ goalId: '6', change: 'WORSENED' }),
  ];

  test('counts each kind of change', () => {
    expect(countChanges(goals)).toEqual({ IMPROVED: 1, UNCHANGED: 2, WORSENED: 2, NEW: 1 });
  });

  test('the board reads worsened goals first, then improved, then overridden ones', () => {
    expect(goalsToDiscuss(goals).map((goal) => goal.goalId)).toEqual(['3', '6', '1', '5']);
  });
});

describe('overrides', () => {
  test.each([
    [null, 'DETERIORATING', false],
    ['DETERIORATING', 'DETERIORATING', false],
    ['ON_TRACK', 'ON_TRACK', true],
  ] as const)('override %s on a deteriorating goal → assessed %s, overridden %s', (override, assessed, overridden) => {
    const goal = reviewGoal({ status: 'DETERIORATING', assessment: override ? assessment(override, 'syy') : assessment(null) });
    expect(assessedStatus(goal)).toBe(assessed);
    expect(isOverridden(goal)).toBe(overridden);
  });
  test('no assessment: the computed status stands', () => {
    expect(assessedStatus(reviewGoal({ status: 'ON_TRACK' }))).toBe('ON_TRACK');
  });
});

describe('keyIndicator', () => {
  const light = reviewIndicator({ code: 'a' });
  const heavy = reviewIndicator({ code: 'b' });
  const short = reviewIndicator({ code: 'c', values: [{ period: '2025', value: 1 }] });
  test('the weightiest indicator with at least two values', () => {
    const weights = new Map([
      ['a', 1],
      ['b', 3],
      ['c', 5],
    ]);
    expect(keyIndicator(reviewGoal({ indicators: [light, heavy, short] }), weights)?.code).toBe('b');
  });
  test('without weights the first one with a series', () => {
    expect(keyIndicator(reviewGoal({ indicators: [short, light, heavy] }), undefined)?.code).toBe('a');
  });
  test('none when no indicator has a series', () => {
    expect(keyIndicator(reviewGoal({ indicators: [short] }), undefined)).toBeNull();
  });
  test('weights come from the strategy’s goal links', () => {
    const weights = weightsByGoal([{ id: '5', indicators: [{ weight: 2, indicator: { code: 'a' } }] }]);
    expect(weights.get('5')?.get('a')).toBe(2);
  });
});

describe('reviewFiguresRows', () => {
  test('one row per goal × indicator, codes and decimal points, names in the chosen language', () => {
    const goals = [
      reviewGoal({ assessment: assessment('ON_TRACK', 'Uusi perhetyö') }),
      reviewGoal({ goalId: '6', title: { fi: 'Varhainen tuki', sv: 'Tidigt stöd', en: null }, change: 'NEW', previousStatus: null, previousScore: null, indicators: [] }),
    ];
    const rows = reviewFiguresRows({ quarter: '2026Q3', goals }, (text) => text.sv ?? text.fi);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(FIGURES_CSV_HEADER.length);
    expect(rows[0]).toEqual([
      '2026Q3',
      'Verkningsfullhet',
      '5',
      'Placeringarna minskar',
      'DETERIORATING',
      -3.5,
      'LIMITED_PROGRESS',
      'WORSENED',
      'ON_TRACK',
      'Uusi perhetyö',
      'sotkanet:1244',
      'Placerade barn',
      '%',
      'DETERIORATING',
      '2021',
      1.4,
      '2025',
      1.6,
      '2029',
      1,
      // The raw share −0.5 is not shown: the series moved away, and 1.6 − 1.0 = 0.6 separates it from the target.
      'MOVING_AWAY',
      null,
      0.6,
    ]);
    expect(rows[1]?.slice(0, 10)).toEqual(['2026Q3', 'Verkningsfullhet', '6', 'Tidigt stöd', 'DETERIORATING', -3.5, null, 'NEW', 'DETERIORATING', null]);
    expect(rows[1]).toHaveLength(FIGURES_CSV_HEADER.length);
  });
});

describe('the assessment form’s rules', () => {
  test.each([
    [{ statusOverride: '', overrideReason: '', narrative: 'Hyvä' }, {}],
    [{ statusOverride: 'ON_TRACK', overrideReason: '  ', narrative: 'Hyvä' }, { overrideReason: 'reasonRequired' }],
    [{ statusOverride: '', overrideReason: '', narrative: ' ' }, { narrative: 'narrativeRequired' }],
    [{ statusOverride: 'ON_TRACK', overrideReason: '', narrative: '' }, { overrideReason: 'reasonRequired', narrative: 'narrativeRequired' }],
  ] as const)('%o → %o', (draft, expected) => {
    expect(validateAssessment(draft)).toEqual(expected);
  });

  test('the input sends no reason without an override, and trims', () => {
    expect(assessmentInput('2', '5', { statusOverride: '', overrideReason: 'left over', narrative: ' Hyvä \n' })).toEqual({
      reviewId: '2',
      goalId: '5',
      statusOverride: null,
      overrideReason: null,
      narrative: 'Hyvä',
    });
    expect(assessmentInput('2', '5', { statusOverride: 'ON_TRACK', overrideReason: ' Uusi palvelu ', narrative: 'Hyvä' })).toMatchObject({
      statusOverride: 'ON_TRACK',
      overrideReason: 'Uusi palvelu',
    });
  });

  test('an existing assessment fills the form', () => {
    expect(draftFromAssessment(assessment('ON_TRACK', 'Syy'))).toEqual({ statusOverride: 'ON_TRACK', overrideReason: 'Syy', narrative: 'Perhetyö alkoi syyskuussa.' });
    expect(draftFromAssessment(null)).toEqual({ statusOverride: '', overrideReason: '', narrative: '' });
  });
});

describe('quartersWithoutReview', () => {
  test('newest first, from the strategy’s first year, without the quarters reviewed already', () => {
    expect(quartersWithoutReview(2026, '2026Q4', [{ quarter: '2026Q3' }, { quarter: '2026Q2' }])).toEqual(['2026Q4', '2026Q1']);
  });
});
