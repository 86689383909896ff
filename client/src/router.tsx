import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './components/AppShell';
import { NotFound, RouteError } from './components/NotFound';
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
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
