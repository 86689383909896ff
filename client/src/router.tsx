import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './components/AppShell';
import { NotFound, RouteError } from './components/NotFound';
import { LoadingState } from './components/QueryState';
import { OverviewView } from './views/overview/OverviewView';

// The overview is the landing page, so it is in the initial bundle; every other view, and with them
// Recharts and d3-geo, loads on first visit (route-level code splitting).
const GoalView = lazy(() => import('./views/goal/GoalView').then((module) => ({ default: module.GoalView })));
const IndicatorView = lazy(() => import('./views/indicator/IndicatorView').then((module) => ({ default: module.IndicatorView })));
const IndicatorListView = lazy(() =>
  import('./views/indicator/IndicatorListView').then((module) => ({ default: module.IndicatorListView })),
);
const MatrixView = lazy(() => import('./views/matrix/MatrixView').then((module) => ({ default: module.MatrixView })));
const DataManagementView = lazy(() => import('./views/data/DataView').then((module) => ({ default: module.DataManagementView })));
const LoadView = lazy(() => import('./views/data/LoadView').then((module) => ({ default: module.LoadView })));
const ReviewListView = lazy(() => import('./views/review/ReviewListView').then((module) => ({ default: module.ReviewListView })));
const ReviewView = lazy(() => import('./views/review/ReviewView').then((module) => ({ default: module.ReviewView })));
const AuditView = lazy(() => import('./views/audit/AuditView').then((module) => ({ default: module.AuditView })));
const UsersView = lazy(() => import('./views/users/UsersView').then((module) => ({ default: module.UsersView })));
// The strategy workspace is one chunk: its views are opened together.
const workspace = () => import('./views/strategy-workspace');
const WorkspaceRoot = lazy(() => workspace().then((module) => ({ default: module.WorkspaceRoot })));
const StrategyListView = lazy(() => workspace().then((module) => ({ default: module.StrategyListView })));
const NewStrategyView = lazy(() => workspace().then((module) => ({ default: module.NewStrategyView })));
const StrategyWorkspaceLayout = lazy(() => workspace().then((module) => ({ default: module.StrategyWorkspaceLayout })));
const StrategySettingsView = lazy(() => workspace().then((module) => ({ default: module.StrategySettingsView })));
const GoalTreeView = lazy(() => workspace().then((module) => ({ default: module.GoalTreeView })));
const GoalTreeHint = lazy(() => workspace().then((module) => ({ default: module.GoalTreeHint })));
const EditGoalView = lazy(() => workspace().then((module) => ({ default: module.EditGoalView })));
const NewGoalView = lazy(() => workspace().then((module) => ({ default: module.NewGoalView })));
const IndicatorsView = lazy(() => workspace().then((module) => ({ default: module.IndicatorsView })));
const TargetsIndexView = lazy(() => workspace().then((module) => ({ default: module.TargetsIndexView })));
const IndicatorTargetsView = lazy(() => workspace().then((module) => ({ default: module.IndicatorTargetsView })));
const TargetEditorView = lazy(() => workspace().then((module) => ({ default: module.TargetEditorView })));
const CopyStrategyView = lazy(() => workspace().then((module) => ({ default: module.CopyStrategyView })));
const SignInView = lazy(() => import('./views/sign-in/SignInView').then((module) => ({ default: module.SignInView })));
const PromiseEditorView = lazy(() => import('./views/promise/PromiseEditorView').then((module) => ({ default: module.PromiseEditorView })));
const PublicPromiseView = lazy(() => import('./views/promise/PublicPromiseView').then((module) => ({ default: module.PublicPromiseView })));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewView /> },
      { path: 'goals/:goalId', element: <GoalView /> },
      { path: 'indicators', element: <IndicatorListView /> },
      { path: 'indicators/:code', element: <IndicatorView /> },
      { path: 'matrix', element: <MatrixView /> },
      { path: 'data', element: <DataManagementView /> },
      { path: 'data/loads/:loadId', element: <LoadView /> },
      { path: 'reviews', element: <ReviewListView /> },
      { path: 'reviews/:reviewId', element: <ReviewView /> },
      { path: 'audit', element: <AuditView /> },
      { path: 'users', element: <UsersView /> },
      {
        path: 'strategies',
        element: <WorkspaceRoot />,
        children: [
          { index: true, element: <StrategyListView /> },
          { path: 'new', element: <NewStrategyView /> },
          {
            path: ':strategyId',
            element: <StrategyWorkspaceLayout />,
            children: [
              { index: true, element: <StrategySettingsView /> },
              {
                path: 'goals',
                element: <GoalTreeView />,
                children: [
                  { index: true, element: <GoalTreeHint /> },
                  { path: 'new/:perspectiveId', element: <NewGoalView /> },
                  { path: ':goalId', element: <EditGoalView /> },
                  { path: ':goalId/new', element: <NewGoalView /> },
                ],
              },
              { path: 'indicators', element: <IndicatorsView /> },
              { path: 'targets', element: <TargetsIndexView /> },
              { path: 'copy', element: <CopyStrategyView /> },
              { path: 'targets/:indicatorCode', element: <IndicatorTargetsView />, children: [{ path: ':targetId', element: <TargetEditorView /> }] },
            ],
          },
        ],
      },
      { path: 'sign-in', element: <SignInView /> },
      { path: 'strategies/:strategyId/promise', element: <PromiseEditorView /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  // For residents, without signing in: outside the shell, whose queries need a signed-in reader when
  // the server requires one.
  {
    path: '/promise/:strategyId',
    element: (
      <Suspense fallback={<LoadingState />}>
        <PublicPromiseView />
      </Suspense>
    ),
    errorElement: <RouteError />,
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
