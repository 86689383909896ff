import type { WorkspaceGoal, WorkspaceStrategy } from './workspace-query';

/** A small strategy as WorkspaceStrategy answers it, for component tests. */
const text = (fi: string) => ({ fi, sv: null, en: null });

export function workspaceGoal(id: string, overrides: Partial<WorkspaceGoal> = {}): WorkspaceGoal {
  return {
    id,
    title: text(`Tavoite ${id}`),
    description: null,
    owner: null,
    ownerUser: null,
    perspective: { id: 'p1' },
    parent: null,
    serviceAreas: [],
    nationalGoals: [],
    sortOrder: Number(id),
    assessments: [],
    servicePromiseItems: [],
    indicators: [],
    ...overrides,
  };
}

export const indicatorLink = (code: string, weight: number) => ({
  weight,
  indicator: { id: code, code, name: text(`Mittari ${code}`), unit: '%', decimals: 1, direction: 'HIGHER_IS_BETTER' as const, frequency: 'YEAR' as const },
});

export function workspaceStrategy(goals: WorkspaceGoal[]): WorkspaceStrategy {
  return {
    id: '1',
    name: text('Palvelustrategia'),
    vision: null,
    organisation: { code: 'HVA14', kind: 'WELLBEING_COUNTY', name: text('Pohjois-Karjalan hyvinvointialue'), children: [{ code: '167', name: text('Joensuu') }] },
    startYear: 2026,
    endYear: 2029,
    baselineYear: 2024,
    thresholds: { withTargetHigh: 0.95, withTargetMedium: 0.6, withTargetLow: 0, withoutTargetHigh: 0.015, withoutTargetMedium: 0.005, withoutTargetLow: 0, minimumCoverage: 0.6 },
    reviewCount: 0,
    approvedReviewCount: 0,
    promisePublished: false,
    perspectives: [
      { id: 'p1', name: text('Saatavuus'), sortOrder: 0 },
      { id: 'p2', name: text('Vaikuttavuus'), sortOrder: 1 },
    ],
    goals,
    targets: [],
  } as WorkspaceStrategy;
}

export const admin = { id: '1', username: 'admin', displayName: 'Admin', role: 'ADMIN', permissions: ['EDIT_STRATEGY', 'EDIT_INDICATORS', 'MANAGE_USERS'] };
export const analyst = { id: '2', username: 'analyst', displayName: 'Analyytikko', role: 'ANALYST', permissions: ['LOAD_DATA', 'EDIT_INDICATORS'] };
