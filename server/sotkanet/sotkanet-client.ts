import pRetry from 'p-retry';
import { z } from 'zod';
import type { LocalizedText } from '../common/localized-text';

/**
 * Why a request to Sotkanet failed. Every kind ends the one indicator's sync with a message that
 * says what Sotkanet did; the retryable ones are tried again first, with a growing pause.
 */
export type SotkanetFailureKind =
  | 'TIMEOUT'
  | 'NETWORK'
  | 'HTTP_ERROR'
  | 'HTML_PAGE'
  | 'INVALID_JSON'
  | 'UNEXPECTED_SHAPE'
  | 'NOT_FOUND';

const RETRYABLE: ReadonlySet<SotkanetFailureKind> = new Set(['TIMEOUT', 'NETWORK', 'HTTP_ERROR', 'HTML_PAGE', 'INVALID_JSON']);

export class SotkanetError extends Error {
  constructor(
    readonly kind: SotkanetFailureKind,
    message: string,
    readonly url: string,
    /** An HTTP status that no retry will change (a 400 for a bad request, say). */
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'SotkanetError';
  }

  get retryable(): boolean {
    return !this.permanent && RETRYABLE.has(this.kind);
  }
}

/** What Sotkanet says about one indicator (`/indicators/{id}`), in the parts Mittaristo uses. */
export interface SotkanetIndicatorInfo {
  id: string;
  title: LocalizedText;
  description: LocalizedText | null;
  /** Sotkanet's own text for when the indicator's data last changed; compared as text, never parsed. */
  dataUpdated: string | null;
  /** The years Sotkanet has values for; null when it does not say. */
  range: { start: number; end: number } | null;
  decimals: number | null;
  /** The value type's name (e.g. a percentage), where Sotkanet gives one. */
  valueType: LocalizedText | null;
  organisation: LocalizedText | null;
}

export interface SotkanetClientOptions {
  /** REST 1.1 base, e.g. https://sotkanet.fi/rest/1.1 */
  baseUrl: string;
  /** Per attempt, for the whole answer (headers and body). */
  timeoutMs: number;
  /** Attempts after the first; 3 by default. */
  retries?: number;
  /** The pause before the first retry; it doubles (with jitter) for each further one. 1 s by default. */
  retryDelayMs?: number;
  /** Requests in flight at once, over every caller of this client: 2, to be polite to the service. */
  maxConcurrentRequests?: number;
}

export interface SotkanetClient {
  readonly baseUrl: string;
  /** `/indicators/{id}`: throws SotkanetError NOT_FOUND when Sotkanet does not have it. */
  indicator(id: string): Promise<SotkanetIndicatorInfo>;
  /** `/regions` as text (a JSON array; checked to be one), for the region mapping. */
  regionsText(): Promise<string>;
  /** `/json?indicator=…&years=…&genders=total`: the values of the given years, as Sotkanet's objects. */
  data(id: string, years: readonly number[]): Promise<unknown[]>;
}

/** At most `limit` tasks at a time; the others wait their turn in order. */
function limiter(limit: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
const localized = (max: number) =>
  z.object({ fi: text(max), sv: text(max), en: text(max) }).transform((value): LocalizedText | null => {
    const fi = value.fi ?? value.en ?? value.sv;
    return fi ? { fi, sv: value.sv, en: value.en } : null;
  });
const year = z.coerce.number().int().min(1800).max(2200);

/** Lenient where Sotkanet is loose (numbers as text or numbers), strict where a wrong guess would load wrong data. */
const indicatorSchema = z.object({
  id: z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String),
  title: localized(500).refine((value) => value !== null, 'has no title in any language'),
  description: localized(20_000).nullish(),
  'data-updated': z.union([z.string(), z.number()]).nullish(),
  range: z.object({ start: year, end: year }).nullish(),
  decimals: z.coerce.number().int().min(0).max(20).nullish(),
  primaryValueType: z.object({ title: localized(200).nullish() }).nullish(),
  organization: z.object({ title: localized(500).nullish() }).nullish(),
});

/** Shortens what Sotkanet sent for a message: an HTML page must not fill the log. */
function sample(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/**
 * Sotkanet's REST 1.1 over Node's fetch: each attempt has a deadline (AbortSignal.timeout), failures
 * that may pass (timeouts, lost connections, 5xx and 429 answers, HTML error pages, JSON cut short)
 * are retried with exponential backoff (p-retry), and no more than two requests are ever in flight.
 */
export function createSotkanetClient(options: SotkanetClientOptions): SotkanetClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const run = limiter(options.maxConcurrentRequests ?? 2);

  async function attempt(url: string): Promise<unknown> {
    let response: Response;
    let body: string;
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      response = await fetch(url, { signal, headers: { accept: 'application/json', 'user-agent': 'Mittaristo (Sotkanet connector)' } });
      body = await response.text();
    } catch (error) {
      if (isTimeout(error) || signal.aborted) {
        throw new SotkanetError('TIMEOUT', `Sotkanet did not answer within ${options.timeoutMs / 1000} s`, url);
      }
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new SotkanetError('NETWORK', `could not reach Sotkanet (${error instanceof Error ? error.message : String(error)}${cause})`, url);
    }
    if (response.status === 404) throw new SotkanetError('NOT_FOUND', 'Sotkanet answered 404 Not Found', url, true);
    if (!response.ok) {
      // 429 and 5xx may pass; another 4xx means the request itself is wrong, and asking again cannot help.
      const permanent = response.status < 500 && response.status !== 429;
      throw new SotkanetError('HTTP_ERROR', `Sotkanet answered ${response.status} ${response.statusText}: ${sample(body)}`, url, permanent);
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (/html/i.test(contentType) || /^\s*</.test(body)) {
      throw new SotkanetError('HTML_PAGE', `Sotkanet answered with a web page instead of data: ${sample(body)}`, url);
    }
    try {
      return JSON.parse(body);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SotkanetError('INVALID_JSON', `Sotkanet's answer is not valid JSON (cut short?): ${reason}`, url);
    }
  }

  function getJson(path: string): Promise<unknown> {
    const url = `${baseUrl}${path}`;
    return pRetry(() => run(() => attempt(url)), {
      retries: options.retries ?? 3,
      minTimeout: options.retryDelayMs ?? 1000,
      factor: 2,
      randomize: true,
      shouldRetry: ({ error }) => error instanceof SotkanetError && error.retryable,
    }).catch((error: unknown) => {
      // A retried failure says how often it was tried, so the message is not mistaken for a first try.
      if (error instanceof SotkanetError && error.retryable) {
        throw new SotkanetError(error.kind, `${error.message} (tried ${(options.retries ?? 3) + 1} times)`, error.url);
      }
      throw error;
    });
  }

  return {
    baseUrl,
    async indicator(id) {
      const path = `/indicators/${encodeURIComponent(id)}`;
      let answer: unknown;
      try {
        answer = await getJson(path);
      } catch (error) {
        if (error instanceof SotkanetError && error.kind === 'NOT_FOUND') {
          throw new SotkanetError('NOT_FOUND', `Sotkanet no longer has indicator ${id} (404 for ${path})`, error.url, true);
        }
        throw error;
      }
      const parsed = indicatorSchema.safeParse(answer);
      if (!parsed.success) {
        throw new SotkanetError('UNEXPECTED_SHAPE', `Sotkanet's description of indicator ${id} is not in the expected form: ${z.prettifyError(parsed.error)}`, `${baseUrl}${path}`);
      }
      const info = parsed.data;
      if (info.id !== id) {
        throw new SotkanetError('UNEXPECTED_SHAPE', `Sotkanet answered about indicator ${info.id} when asked for ${id}`, `${baseUrl}${path}`);
      }
      return {
        id: info.id,
        title: info.title as LocalizedText,
        description: info.description ?? null,
        dataUpdated: info['data-updated'] === null || info['data-updated'] === undefined ? null : String(info['data-updated']),
        range: info.range && info.range.start <= info.range.end ? info.range : null,
        decimals: info.decimals ?? null,
        valueType: info.primaryValueType?.title ?? null,
        organisation: info.organization?.title ?? null,
      };
    },
    async regionsText() {
      const answer = await getJson('/regions');
      if (!Array.isArray(answer)) throw new SotkanetError('UNEXPECTED_SHAPE', "Sotkanet's regions list is not a list", `${baseUrl}/regions`);
      return JSON.stringify(answer);
    },
    async data(id, years) {
      const query = new URLSearchParams([['indicator', id], ...years.map((y): [string, string] => ['years', String(y)]), ['genders', 'total']]);
      const path = `/json?${query.toString()}`;
      const answer = await getJson(path);
      if (!Array.isArray(answer)) {
        const what = answer && typeof answer === 'object' && 'error' in answer ? `an error: ${sample(JSON.stringify(answer))}` : `not a list of values: ${sample(JSON.stringify(answer))}`;
        throw new SotkanetError('UNEXPECTED_SHAPE', `Sotkanet's data for indicator ${id} is ${what}`, `${baseUrl}${path}`);
      }
      return answer;
    },
  };
}
