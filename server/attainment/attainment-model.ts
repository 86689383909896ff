import type { RollUpResult, SeriesJudgement, Thresholds, TimedValue } from './method';

/** How the judged area's series was formed; the explanation says it in words. */
export type SeriesSource = 'OWN' | 'POPULATION_WEIGHTED_MEAN' | 'MEAN_OF_MUNICIPALITIES';

export interface IndicatorAttainment {
  indicatorId: number;
  weight: number;
  judgement: SeriesJudgement;
  targetTrajectory: TimedValue[];
  /** The area whose own target applies; null when the organisation-wide target (or none) applies. */
  targetAreaId: number | null;
  /** The values judged, from the baseline on. */
  values: TimedValue[];
  seriesSource: SeriesSource;
  aggregatedAreaCount: number | null;
  explanation: string;
}

export type GoalNotAvailableReason = 'NO_DATA' | 'LOW_COVERAGE';

export interface GoalAttainment {
  goalId: number;
  result: RollUpResult;
  notAvailableReason: GoalNotAvailableReason | null;
  indicators: IndicatorAttainment[];
  subGoals: GoalAttainment[];
}

export interface PerspectiveAttainment {
  perspectiveId: number;
  result: RollUpResult;
  goals: GoalAttainment[];
}

export interface StrategyAttainment {
  strategyId: number;
  areaId: number;
  serviceAreaId: number | null;
  asOf: Date;
  asOfPeriod: string | null;
  result: RollUpResult;
  thresholds: Thresholds;
  perspectives: PerspectiveAttainment[];
}

export interface AttainmentCell {
  goalId: number;
  areaCode: string;
  result: RollUpResult;
}

export interface AttainmentMatrix {
  strategyId: number;
  areaIds: number[];
  goalIds: number[];
  cells: AttainmentCell[];
  asOf: Date;
}
