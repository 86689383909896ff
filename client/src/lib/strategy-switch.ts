/**
 * Where the shell's strategy picker takes the reader. One rule for which strategy a page shows:
 * a page under `/strategies/:strategyId` shows the strategy its path names; every other page the one
 * `?strategy=` names, or the first one when it names none the server knows (see selectStrategy).
 */

// `/strategies/new` is the form for a new strategy, not a strategy called "new".
const STRATEGY_PATH = /^\/strategies\/(?!new(?:\/|$))([^/]+)(?:\/([^/]+))?(\/.*)?$/;

/** The strategy id a `/strategies/:strategyId/…` path names, or null for every other path. */
export function strategyIdInPath(pathname: string): string | null {
  const match = STRATEGY_PATH.exec(pathname);
  return match ? decodeURIComponent(match[1] ?? '') || null : null;
}

/**
 * The address that shows `strategyId` instead of the current strategy:
 * - under `/strategies/:id`, the same section of the other strategy (`/strategies/2/promise`), or the
 *   other strategy's own page when the path goes deeper (a goal of the old strategy means nothing in the new);
 * - a page about one thing of the old strategy (a goal, a review) gives way to its list (overview, reviews);
 * - elsewhere the same page with `?strategy=` set.
 * The municipality filter is dropped: it belongs to the old strategy's county. Other filters stay.
 */
export function strategySwitchTarget(pathname: string, search: string, strategyId: string): { pathname: string; search: string } {
  const params = new URLSearchParams(search);
  params.delete('area');
  const inPath = STRATEGY_PATH.exec(pathname);
  if (inPath) {
    params.delete('strategy');
    const section = inPath[2] && !inPath[3] ? `/${inPath[2]}` : '';
    return { pathname: `/strategies/${encodeURIComponent(strategyId)}${section}`, search: searchText(params) };
  }
  params.set('strategy', strategyId);
  if (pathname.startsWith('/goals/')) return { pathname: '/', search: searchText(params) };
  if (pathname.startsWith('/reviews/')) return { pathname: '/reviews', search: searchText(params) };
  return { pathname, search: searchText(params) };
}

function searchText(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}
