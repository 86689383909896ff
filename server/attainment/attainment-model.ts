import type { Area } from '../areas/area-model';
import type { Indicator } from '../indicators/indicator-model';
import type { ServicePromiseItem } from '../strategy/strategy-model';
import type { RollUpResult, SeriesJudgement, Thresholds, TimedValue } from './method';

/** How the judged area's series was formed; the explanation says it in words. */
export type SeriesSource = 'OWN' | 'POPULATION_WEIGHTED_MEAN' | 'DENOMINATOR_WEIGHTED_MEAN' | 'MEAN_OF_MUNICIPALITIES';

/**
 * One indicator judged in one area. The explanation and the chart values are derived on request
 * (see the resolvers): a heat map judges tens of thousands of series and shows neither.
 */
export interface IndicatorAttainment {
  indicator: Indicator;
  weight: number;
  judgement: SeriesJudgement;
  targetTrajectory: readonly TimedValue[];
  /** The area whose own target applies; null when the organisation-wide target (or none) applies. */
  targetAreaId: number | null;
  /** The series judged, in period order (for a heat map only its first and last values). */
  series: readonly TimedValue[];
  seriesSource: SeriesSource;
  /**
   * How much of the area the judged values cover, 0–1: 1 for its own series (0 without values); for
   * a mean, the share of its population (or municipalities) with values at the baseline and latest.
   */
  coverage: number;
  /** For a mean: the municipalities with a value at the latest period judged. */
  aggregatedAreaCount: number | null;
  /** For a mean: all municipalities of the area. */
  memberAreaCount: number | null;
  /** Sentences added to the explanation: how the series was formed. */
  notes: readonly string[];
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

/**
 * One area's row of a heat map, already in the API's shape (lists aligned with the matrix's goals):
 * a map has thousands of cells, and lists of values are far cheaper to send than objects. The area
 * itself comes along, as judging read it: hundreds of rows are then answered without a promise each.
 */
export interface AttainmentMatrixRow {
  area: Area;
  statuses: Array<RollUpResult['status']>;
  scores: Array<number | null>;
  coverages: number[];
}

export interface AttainmentMatrix {
  strategyId: number;
  goalIds: number[];
  rows: AttainmentMatrixRow[];
  asOf: Date;
}

/** A service promise item judged by its goals (METHOD.md, "The service promise"). */
export interface PromiseItemAttainment {
  item: ServicePromiseItem;
  result: RollUpResult;
  /** The item's goals as judged in the same answer, in display order. */
  goals: GoalAttainment[];
}
