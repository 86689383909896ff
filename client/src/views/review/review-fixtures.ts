import type { ReviewGoal, ReviewIndicator, ReviewReport } from './review-report';

/** Builders for review tests: a goal or indicator with sensible defaults, overridden per test. */
export function reviewIndicator(overrides: Partial<ReviewIndicator> = {}): ReviewIndicator {
  return {
    code: 'sotkanet:1244',
    name: { fi: 'Sijoitetut lapset', sv: 'Placerade barn', en: null },
    unit: '%',
    decimals: 1,
    status: 'DETERIORATING',
    baseline: { period: '2021', value: 1.4 },
    latest: { period: '2025', value: 1.6 },
    target: { period: '2029', value: 1.0 },
    progressShare: -0.5,
    explanation: 'Moving away from the target.',
    values: [
      { period: '2021', value: 1.4 },
      { period: '2023', value: 1.5 },
      { period: '2025', value: 1.6 },
    ],
    ...overrides,
  };
}

export function reviewGoal(overrides: Partial<ReviewGoal> = {}): ReviewGoal {
  return {
    goalId: '5',
    title: { fi: 'Sijoitukset vähenevät', sv: 'Placeringarna minskar', en: null },
    perspective: { fi: 'Vaikuttavuus', sv: 'Verkningsfullhet', en: 'Effectiveness' },
    depth: 0,
    owner: 'Perhe- ja sosiaalipalvelujen johtaja',
    ownerUsername: 'owner',
    status: 'DETERIORATING',
    score: -3.5,
    coverage: 1,
    previousStatus: 'LIMITED_PROGRESS',
    previousScore: -1,
    change: 'WORSENED',
    indicators: [reviewIndicator()],
    assessment: null,
    ...overrides,
  };
}

export function review(overrides: Partial<ReviewReport> = {}): ReviewReport {
  return {
    id: '2',
    quarter: '2026Q3',
    status: 'DRAFT',
    figuresAsOf: '2026-11-22T12:00:00.000Z',
    approvedAt: null,
    approvedBy: null,
    previousQuarter: '2026Q2',
    comparedWithApprovedReview: true,
    strategyStatus: 'LIMITED_PROGRESS',
    strategyScore: -0.8,
    strategy: {
      id: '1',
      name: { fi: 'Palvelustrategia 2026–2029', sv: 'Servicestrategi 2026–2029', en: null },
      organisation: { code: 'HVA10', name: { fi: 'Etelä-Savon hyvinvointialue', sv: 'Södra Savolax välfärdsområde', en: null } },
      goals: [{ id: '5', indicators: [{ weight: 1, indicator: { code: 'sotkanet:1244' } }] }],
    },
    goals: [reviewGoal()],
    ...overrides,
  };
}
