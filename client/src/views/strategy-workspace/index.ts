/**
 * The strategy workspace's views, loaded together as one chunk on the first visit to `/strategies`
 * (see router.tsx): the list and a new strategy, and one strategy's tabs.
 */
export { CopyStrategyView } from './CopyStrategyView';
export { EditGoalView, NewGoalView } from './goals/GoalEditor';
export { GoalTreeHint, GoalTreeView } from './goals/GoalTreeView';
export { IndicatorsView } from './indicators/IndicatorsView';
export { NewStrategyView } from './NewStrategyView';
export { StrategyListView } from './StrategyListView';
export { StrategySettingsView } from './StrategySettingsView';
export { StrategyWorkspaceLayout } from './StrategyWorkspaceLayout';
export { TargetEditorView } from './targets/TargetEditor';
export { IndicatorTargetsView, TargetsIndexView } from './targets/TargetsView';
export { WorkspaceRoot } from './WorkspaceRoot';
