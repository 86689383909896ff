import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import type { Kysely } from 'kysely';
import { findAreas, findAreaByCode } from '../areas/area-repository';
import type { Database } from '../db/database';
import { createIndicator } from '../indicators/indicator-service';
import { createTarget } from '../indicators/target-service';
import type { LoadReport, ParsedItem } from '../loads/load-model';
import { parseSotkanetPortalExport } from '../loads/parsers/sotkanet-portal';
import { runLoad } from '../loads/load-service';
import { findServiceAreas } from '../service-areas/service-area-repository';
import { createGoal, linkIndicatorToGoal } from '../strategy/goal-service';
import { createServicePromiseItem } from '../strategy/service-promise-service';
import { createPerspective, createStrategy } from '../strategy/strategy-service';
import { POPULATION_DEMO_INDICATOR, SOTKANET_DEMO_INDICATORS, SYNTHETIC_DEMO_INDICATORS } from './demo-indicators';
import {
  DEMO_COUNTY_CODE,
  DEMO_GOALS,
  DEMO_PERSPECTIVES,
  DEMO_SERVICE_PROMISES,
  DEMO_STRATEGY,
  DEMO_TARGETS,
} from './demo-strategy';
import { seedDemoUsersAndReviews } from './demo-users';
import { parsePopulationFile, POPULATION_FILE } from './population';
import { syntheticQuarterlyLoads } from './synthetic-series';

export const PORTAL_EXPORT_FILE = join('sotkanet', 'sotkanet-portal-export', 'sotkanet-data.csv');

interface DemoLoad {
  fileName: string;
  format: string;
  recordedAt: Date;
  items: () => AsyncIterable<ParsedItem>;
}

/**
 * The demo's data arrives as it would have in real life, so that `asOf` and the quarterly reviews
 * have a history: Sotkanet's yearly figures about eighteen months after each year (the history up to
 * 2020 in one first import), the synthetic quarterly series six weeks after each quarter. Loads run
 * in the order they were "recorded".
 */
function demoLoadHistory(dataDirectory: string, countyCode: string, municipalityCodes: readonly string[]): DemoLoad[] {
  // The export (1 MB) is parsed once and its years handed to the four loads that "arrived" apart.
  let exportItems: Promise<ParsedItem[]> | null = null;
  const parsedExport = (): Promise<ParsedItem[]> => {
    exportItems ??= collect(parseSotkanetPortalExport(createReadStream(join(dataDirectory, PORTAL_EXPORT_FILE))));
    return exportItems;
  };
  const sotkanetYears = (from: number, to: number) => () => onlyYears(parsedExport(), from, to);
  // The population (Sotkanet 127, which weights the county's means) arrives with the other series,
  // an hour after them (loads are recorded one after another): the years up to 2020 with the first
  // import, each later year with that year's figures.
  let populationItems: Promise<ParsedItem[]> | null = null;
  const populationYears = (from: number, to: number) => () => {
    populationItems ??= collect(parsePopulationFile(createReadStream(join(dataDirectory, POPULATION_FILE))));
    return onlyYears(populationItems, from, to);
  };
  const populationFileName = basename(POPULATION_FILE);
  const loads: DemoLoad[] = [
    { fileName: 'sotkanet-data.csv', format: 'sotkanet-portal', recordedAt: new Date('2021-03-01T08:00:00Z'), items: sotkanetYears(1990, 2020) },
    { fileName: populationFileName, format: 'sotkanet-population', recordedAt: new Date('2021-03-01T09:00:00Z'), items: populationYears(1990, 2020) },
    ...[2021, 2022, 2023].map((year) => ({
      fileName: 'sotkanet-data.csv',
      format: 'sotkanet-portal',
      recordedAt: new Date(`${year + 1}-06-15T08:00:00Z`),
      items: sotkanetYears(year, year),
    })),
    // The file ends with 2022; later years are judged with the latest population (METHOD.md).
    ...[2021, 2022].map((year) => ({
      fileName: populationFileName,
      format: 'sotkanet-population',
      recordedAt: new Date(`${year + 1}-06-15T09:00:00Z`),
      items: populationYears(year, year),
    })),
    ...syntheticQuarterlyLoads(countyCode, municipalityCodes).map((load) => ({
      fileName: `synthetic-${load.quarter}.csv`,
      format: 'synthetic',
      recordedAt: load.recordedAt,
      items: load.items,
    })),
  ];
  return loads.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Keeps the cells of the years `from`…`to` (a wide file holds every year on each line). */
async function* onlyYears(items: Promise<readonly ParsedItem[]>, from: number, to: number): AsyncGenerator<ParsedItem> {
  for (const item of await items) {
    if ('rejection' in item) {
      yield item;
      continue;
    }
    const cells = item.record.cells.filter((cell) => Number(cell.period) >= from && Number(cell.period) <= to);
    if (cells.length > 0) yield { record: { ...item.record, cells } };
  }
}

export interface DemoSeedResult {
  strategyId: string;
  loads: LoadReport[];
}

/**
 * Builds the demo: indicators, the real Sotkanet series for all municipalities, the synthetic
 * quarterly series, and Etelä-Savo's strategy with goals, links, promises and targets. Everything
 * goes through the same services and load pipeline as user input, so the demo is validated too.
 * Expects the area classification and service areas to be in place.
 */
export async function seedDemo(db: Kysely<Database>, databaseFile: string, dataDirectory: string): Promise<DemoSeedResult> {
  const serviceAreaIds = new Map((await findServiceAreas(db)).map((serviceArea) => [serviceArea.code, String(serviceArea.id)]));
  for (const { input, serviceAreaCodes } of [...SOTKANET_DEMO_INDICATORS, POPULATION_DEMO_INDICATOR, ...SYNTHETIC_DEMO_INDICATORS]) {
    await createIndicator(db, { ...input, serviceAreaIds: serviceAreaCodes.map((code) => requireKey(serviceAreaIds, code)) });
  }

  const county = await findAreaByCode(db, DEMO_COUNTY_CODE);
  if (!county) throw new Error(`the demo county ${DEMO_COUNTY_CODE} is not in the area classification`);
  const municipalities = await findAreas(db, { kind: 'MUNICIPALITY', parentId: county.id });
  const loads: LoadReport[] = [];
  for (const load of demoLoadHistory(dataDirectory, county.code, municipalities.map((municipality) => municipality.code))) {
    const report = await runLoad(databaseFile, load.items(), {
      fileName: load.fileName,
      format: load.format,
      createdBy: 'demo',
      recordedAt: load.recordedAt,
      // The real export has one impossible value (-2 children in play activities, Haapajärvi
      // 2000): the demo keeps it out and on record as a rejected row instead of failing.
      writeGoodRows: load.format === 'sotkanet-portal',
    });
    if (report.status !== 'COMMITTED') {
      throw new Error(`demo load ${load.fileName} was rejected: ${report.rejections[0]?.reason ?? 'no reason given'}`);
    }
    loads.push(report);
  }

  const strategy = await createStrategy(db, DEMO_STRATEGY);
  const perspectiveIds = new Map<string, string>();
  for (const perspective of DEMO_PERSPECTIVES) {
    const created = await createPerspective(db, { strategyId: String(strategy.id), name: perspective.name });
    perspectiveIds.set(perspective.key, String(created.id));
  }
  const goalIds = new Map<string, string>();
  for (const goal of DEMO_GOALS) {
    const created = await createGoal(db, {
      perspectiveId: requireKey(perspectiveIds, goal.perspective),
      parentGoalId: goal.parent ? requireKey(goalIds, goal.parent) : null,
      title: goal.title,
      description: goal.description,
      owner: goal.owner,
      serviceAreaIds: goal.serviceAreas.map((code) => requireKey(serviceAreaIds, code)),
      nationalGoals: goal.nationalGoals,
    });
    goalIds.set(goal.key, String(created.id));
    for (const link of goal.indicators) {
      await linkIndicatorToGoal(db, { goalId: String(created.id), indicatorCode: link.code, weight: link.weight });
    }
  }
  for (const promise of DEMO_SERVICE_PROMISES) {
    await createServicePromiseItem(db, {
      strategyId: String(strategy.id),
      text: promise.text,
      goalIds: promise.goals.map((key) => requireKey(goalIds, key)),
    });
  }
  for (const target of DEMO_TARGETS) {
    await createTarget(db, {
      strategyId: String(strategy.id),
      indicatorCode: target.indicator,
      areaCode: target.areaCode ?? null,
      baselinePeriod: target.baselinePeriod ?? null,
      points: target.points,
      acknowledgedWarnings: target.acknowledgedWarnings ?? [],
    });
  }
  await seedDemoUsersAndReviews(db, strategy.id);
  return { strategyId: String(strategy.id), loads };
}

function requireKey(map: ReadonlyMap<string, string>, key: string): string {
  const value = map.get(key);
  if (value === undefined) throw new Error(`the demo refers to "${key}", which it does not define`);
  return value;
}
