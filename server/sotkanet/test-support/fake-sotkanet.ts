/**
 * A local HTTP server that answers like Sotkanet's REST 1.1, built from the real files in data/:
 * `/regions` is Sotkanet's own regions list, `/indicators` its indicator list, and `/json` and
 * `/indicators/{id}` serve the 16 indicators of the portal export (data/SOURCES.md §2a), each value
 * under the Sotkanet region id its municipality has in the regions list. Tests talk HTTP to it
 * (nothing is mocked) and make it misbehave on purpose: time out, fail, answer with HTML, cut its
 * JSON short, forget an indicator.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SOTKANET_DEMO_INDICATORS } from '../../demo/demo-indicators';
import { PORTAL_EXPORT_FILE } from '../../demo/seed-demo';
import { SOTKANET_INDICATORS_FILE } from '../../loads/parsers/sotkanet-indicators';
import { SOTKANET_REGIONS_FILE } from '../../loads/parsers/sotkanet-regions';

export type Fault =
  /** Answers nothing until the client gives up. */
  | { kind: 'timeout' }
  | { kind: 'status'; status: number }
  /** 200 with a proxy's HTML error page. */
  | { kind: 'html' }
  /** The right answer, cut off in the middle. */
  | { kind: 'truncated' }
  /** 200 with text that is not JSON at all. */
  | { kind: 'invalid-json' }
  /** Closes the connection without an answer. */
  | { kind: 'reset' };

interface FaultRule {
  /** Matches the request's path with its query, e.g. `/json?indicator=1244`. */
  matches: (pathAndQuery: string) => boolean;
  fault: Fault;
  /** How many matching requests fail; Infinity for all. */
  remaining: number;
}

export interface FakeSotkanet {
  /** The REST base to give the connector, e.g. http://127.0.0.1:4462/rest/1.1 */
  baseUrl: string;
  /** Every request's path and query, in order of arrival (without the base path). */
  readonly requests: string[];
  /** The most requests that were in flight at the same time. */
  readonly maxConcurrent: number;
  /** The ids of the indicators it serves (the portal export's 16). */
  readonly indicatorIds: string[];
  /** Makes the next `times` requests whose path and query contains `pathPart` fail with `fault`. */
  fail(pathPart: string, fault: Fault, times?: number): void;
  /** Sotkanet revises a value: changes it and moves the indicator's `data-updated`. */
  revise(indicatorId: string, municipalityCode: string, year: number, value: number | null, dataUpdated: string): void;
  /** Sotkanet drops an indicator: 404 from now on. */
  remove(indicatorId: string): void;
  /** The value the server gives now (null when it has none). */
  value(indicatorId: string, municipalityCode: string, year: number): number | null;
  /** Forgets requests, faults and the concurrency peak (the data stays as revised). */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeSotkanetOptions {
  dataDirectory: string;
  port?: number;
  /** `new` (numbers, `value`) as Sotkanet answers today, or `old` (text with a decimal comma, `primary value`) as in 2015. */
  form?: 'new' | 'old';
  /** `data-updated` of every indicator until revised. */
  dataUpdated?: string;
}

const BASE_PATH = '/rest/1.1';

interface IndicatorData {
  id: string;
  title: { fi: string; sv: string | null; en: string | null };
  organization: unknown;
  dataUpdated: string;
  decimals: number;
  /** municipality code → year → value */
  values: Map<string, Map<number, number>>;
}

function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

/** Reads the portal export (wide: a row per indicator × municipality, a column per year) into values per indicator. */
function readExport(dataDirectory: string, dataUpdated: string): Map<string, IndicatorData> {
  const rows = parse(readFileSync(join(dataDirectory, PORTAL_EXPORT_FILE), 'utf8'), { delimiter: ';', relax_column_count: true }) as string[][];
  const list = JSON.parse(readFileSync(join(dataDirectory, SOTKANET_INDICATORS_FILE), 'utf8')) as Array<{
    id: number;
    title: { fi: string; sv?: string; en?: string };
    organization?: unknown;
  }>;
  const listed = new Map(list.map((entry) => [String(entry.id), entry]));
  const demoNames = new Map(SOTKANET_DEMO_INDICATORS.map(({ input }) => [String(input.sourceId), input.name]));
  const years = (rows[0] ?? []).slice(5).map(Number);
  const indicators = new Map<string, IndicatorData>();
  for (const row of rows.slice(1)) {
    const [title = '', id = '', , code = ''] = row;
    if (!/^\d+$/.test(id)) continue; // THL's footer
    let indicator = indicators.get(id);
    if (!indicator) {
      const entry = listed.get(id);
      const demo = demoNames.get(id);
      indicator = {
        id,
        // THL's own titles where the 2015 list has the indicator; otherwise the demo's (its Finnish and Swedish are ours).
        title: entry
          ? { fi: entry.title.fi, sv: entry.title.sv ?? null, en: entry.title.en ?? null }
          : { fi: demo?.fi ?? title, sv: demo?.sv ?? null, en: title },
        organization: entry?.organization ?? { id: 2, title: { fi: 'Terveyden ja hyvinvoinnin laitos (THL)', sv: 'Institutet för hälsa och välfärd (THL)', en: 'Finnish Institute for Health and Welfare (THL)' } },
        dataUpdated,
        decimals: 0,
        values: new Map(),
      };
      indicators.set(id, indicator);
    }
    const byYear = new Map<number, number>();
    row.slice(5).forEach((cell, index) => {
      const year = years[index];
      if (cell.trim() === '' || year === undefined) return;
      byYear.set(year, Number(cell));
      indicator.decimals = Math.max(indicator.decimals, decimalsOf(cell.trim()));
    });
    indicator.values.set(code, byYear);
  }
  return indicators;
}

export async function startFakeSotkanet(options: FakeSotkanetOptions): Promise<FakeSotkanet> {
  const form = options.form ?? 'new';
  const regionsText = readFileSync(join(options.dataDirectory, SOTKANET_REGIONS_FILE), 'utf8');
  const indicatorListText = readFileSync(join(options.dataDirectory, SOTKANET_INDICATORS_FILE), 'utf8');
  const regionIdByCode = new Map(
    (JSON.parse(regionsText) as Array<{ id: number; code: string; category: string }>)
      .filter((region) => region.category === 'KUNTA')
      .map((region) => [region.code, region.id]),
  );
  const indicators = readExport(options.dataDirectory, options.dataUpdated ?? '2025-04-23');
  const removed = new Set<string>();
  const requests: string[] = [];
  let faults: FaultRule[] = [];
  let inFlight = 0;
  let maxConcurrent = 0;

  function metadata(indicator: IndicatorData) {
    const years = [...indicator.values.values()].flatMap((byYear) => [...byYear.keys()]);
    return {
      id: Number(indicator.id),
      'data-updated': indicator.dataUpdated,
      range: { start: Math.min(...years), end: Math.max(...years) },
      title: indicator.title,
      organization: indicator.organization,
      decimals: indicator.decimals,
      classifications: { region: { values: ['Kunta'] }, sex: { values: ['total'] } },
    };
  }

  function data(indicator: IndicatorData, years: ReadonlySet<number>): unknown[] {
    const items: unknown[] = [];
    for (const [code, byYear] of indicator.values) {
      const region = regionIdByCode.get(code);
      if (region === undefined) continue;
      for (const [year, value] of byYear) {
        if (!years.has(year)) continue;
        items.push(
          form === 'new'
            ? { indicator: Number(indicator.id), region, year, gender: 'total', value }
            : { region: String(region), indicator: indicator.id, 'primary value': String(value).replace('.', ','), gender: 'total', year: String(year) },
        );
      }
    }
    return items;
  }

  /** What Sotkanet would answer: a status and a JSON body. */
  function answer(url: URL): { status: number; body: unknown } {
    const path = url.pathname.slice(BASE_PATH.length);
    if (path === '/regions') return { status: 200, body: JSON.parse(regionsText) };
    if (path === '/indicators') return { status: 200, body: JSON.parse(indicatorListText) };
    const one = /^\/indicators\/(\d+)$/.exec(path);
    if (one) {
      const indicator = indicators.get(one[1] ?? '');
      return indicator && !removed.has(indicator.id) ? { status: 200, body: metadata(indicator) } : { status: 404, body: { error: 'Not found' } };
    }
    if (path === '/json') {
      const id = url.searchParams.get('indicator') ?? '';
      const years = new Set(url.searchParams.getAll('years').map(Number));
      const indicator = indicators.get(id);
      // Sotkanet answers an indicator it does not have with an empty list.
      return { status: 200, body: indicator && !removed.has(id) ? data(indicator, years) : [] };
    }
    return { status: 404, body: { error: 'Not found' } };
  }

  const openSockets = new Set<import('node:net').Socket>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathAndQuery = `${url.pathname.slice(BASE_PATH.length)}${url.search}`;
    requests.push(pathAndQuery);
    inFlight += 1;
    maxConcurrent = Math.max(maxConcurrent, inFlight);
    response.once('close', () => {
      inFlight -= 1;
    });
    const rule = faults.find((candidate) => candidate.remaining > 0 && candidate.matches(pathAndQuery));
    if (rule) rule.remaining -= 1;
    // A little latency, as over a network: without it no two requests would ever overlap here.
    setTimeout(() => respond(rule?.fault ?? null), 5);

    function respond(fault: Fault | null): void {
      if (fault?.kind === 'timeout') return; // the client's deadline ends it
      if (fault?.kind === 'reset') {
        request.socket.destroy();
        return;
      }
      if (fault?.kind === 'status') {
        response.writeHead(fault.status, { 'content-type': 'text/plain' }).end(`error ${fault.status}`);
        return;
      }
      if (fault?.kind === 'html') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><head><title>Huoltokatko</title></head><body><h1>Palvelu on tilapäisesti poissa käytöstä</h1></body></html>');
        return;
      }
      if (fault?.kind === 'invalid-json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end('Service Unavailable');
        return;
      }
      const { status, body } = answer(url);
      let text = JSON.stringify(body);
      if (fault?.kind === 'truncated') text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      response.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' }).end(text);
    }
  });
  server.on('connection', (socket) => {
    openSockets.add(socket);
    socket.once('close', () => openSockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const requireIndicator = (id: string) => {
    const indicator = indicators.get(id);
    if (!indicator) throw new Error(`the fake Sotkanet has no indicator ${id}`);
    return indicator;
  };

  return {
    baseUrl: `http://127.0.0.1:${port}${BASE_PATH}`,
    requests,
    get maxConcurrent() {
      return maxConcurrent;
    },
    indicatorIds: [...indicators.keys()],
    fail(pathPart, fault, times = Number.POSITIVE_INFINITY) {
      faults.push({ matches: (pathAndQuery) => pathAndQuery.includes(pathPart), fault, remaining: times });
    },
    revise(indicatorId, municipalityCode, year, value, dataUpdated) {
      const indicator = requireIndicator(indicatorId);
      const byYear = indicator.values.get(municipalityCode) ?? new Map<number, number>();
      if (value === null) byYear.delete(year);
      else byYear.set(year, value);
      indicator.values.set(municipalityCode, byYear);
      indicator.dataUpdated = dataUpdated;
    },
    remove(indicatorId) {
      requireIndicator(indicatorId);
      removed.add(indicatorId);
    },
    value(indicatorId, municipalityCode, year) {
      return requireIndicator(indicatorId).values.get(municipalityCode)?.get(year) ?? null;
    },
    reset() {
      requests.length = 0;
      faults = [];
      maxConcurrent = inFlight;
    },
    async close() {
      for (const socket of openSockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
