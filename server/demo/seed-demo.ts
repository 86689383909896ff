import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { findAreas, findAreaByCode } from '../areas/area-repository';
import type { Database } from '../db/database';
import { createIndicator } from '../indicators/indicator-service';
import { createTarget } from '../indicators/target-service';
import type { LoadReport } from '../loads/load-model';
import { parseSotkanetPortalExport } from '../loads/parsers/sotkanet-portal';
import { runLoad } from '../loads/load-service';
import { findServiceAreas } from '../service-areas/service-area-repository';
import { createGoal, linkIndicatorToGoal } from '../strategy/goal-service';
import { createServicePromiseItem } from '../strategy/service-promise-service';
import { createPerspective, createStrategy } from '../strategy/strategy-service';
import { SOTKANET_DEMO_INDICATORS, SYNTHETIC_DEMO_INDICATORS } from './demo-indicators';
import {
  DEMO_COUNTY_CODE,
  DEMO_GOALS,
  DEMO_PERSPECTIVES,
  DEMO_SERVICE_PROMISES,
  DEMO_STRATEGY,
  DEMO_TARGETS,
} from './demo-strategy';
import { syntheticSeries } from './synthetic-series';

export const PORTAL_EXPORT_FILE = join('sotkanet', 'sotkanet-portal-export', 'sotkanet-data.csv');

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
  for (const { input, serviceAreaCodes } of [...SOTKANET_DEMO_INDICATORS, ...SYNTHETIC_DEMO_INDICATORS]) {
    await createIndicator(db, { ...input, serviceAreaIds: serviceAreaCodes.map((code) => requireKey(serviceAreaIds, code)) });
  }

  const loads: LoadReport[] = [];
  loads.push(
    await runLoad(databaseFile, parseSotkanetPortalExport(createReadStream(join(dataDirectory, PORTAL_EXPORT_FILE))), {
      fileName: 'sotkanet-data.csv',
      format: 'sotkanet-portal',
      createdBy: 'demo',
      // The real export has one impossible value (-2 children in play activities, Haapajärvi
      // 2000): the demo keeps it out and on record as a rejected row instead of failing.
      writeGoodRows: true,
    }),
  );
  const county = await findAreaByCode(db, DEMO_COUNTY_CODE);
  if (!county) throw new Error(`the demo county ${DEMO_COUNTY_CODE} is not in the area classification`);
  const municipalities = await findAreas(db, { kind: 'MUNICIPALITY', parentId: county.id });
  loads.push(
    await runLoad(
      databaseFile,
      syntheticSeries(
        county.code,
        municipalities.map((municipality) => municipality.code),
      ),
      { fileName: 'synthetic-demo-series', format: 'synthetic', createdBy: 'demo' },
    ),
  );
  for (const load of loads) {
    if (load.status !== 'COMMITTED') {
      throw new Error(`demo load ${load.fileName} was rejected: ${load.rejections[0]?.reason ?? 'no reason given'}`);
    }
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
      points: target.points,
    });
  }
  return { strategyId: String(strategy.id), loads };
}

function requireKey(map: ReadonlyMap<string, string>, key: string): string {
  const value = map.get(key);
  if (value === undefined) throw new Error(`the demo refers to "${key}", which it does not define`);
  return value;
}
