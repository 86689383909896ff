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
