import { join } from 'node:path';
import { countAreas } from './areas/area-repository';
import { createInitialAdmin } from './auth/user-service';
import { loadAreaClassification } from './areas/area-service';
import { migrateToLatest, type DatabaseHandle } from './db/connection';
import { seedDemo } from './demo/seed-demo';
import { STANDARD_SERVICE_AREAS } from './service-areas/service-area-model';
import { findServiceAreas, upsertServiceArea } from './service-areas/service-area-repository';

export interface PrepareOptions {
  dataDirectory: string;
  /** Build the demo when the database holds no strategies and no indicators yet. */
  seedDemoIfEmpty: boolean;
  /** Created as the first admin when the database has no users (after the demo, which brings its own). */
  initialAdmin?: { username: string; password: string } | null;
  log?: (message: string) => void;
}

/**
 * Makes a database ready to serve: schema up to date, reference data (areas, standard service
 * areas) present, and on first run the demo. Safe to run on every start.
 */
export async function prepareDatabase(handle: DatabaseHandle, options: PrepareOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
  if ((await countAreas(handle.db)) === 0) {
    const count = await loadAreaClassification(handle.db, join(options.dataDirectory, 'municipalities.csv'));
    log(`Loaded ${count} areas from the municipality classification`);
  }
  if ((await findServiceAreas(handle.db)).length === 0) {
    for (const [index, serviceArea] of STANDARD_SERVICE_AREAS.entries()) {
      await upsertServiceArea(handle.db, { ...serviceArea, sortOrder: index });
    }
  }
  if (options.seedDemoIfEmpty && (await isEmpty(handle))) {
    log('Empty database: building the demo (Etelä-Savo, real Sotkanet series)…');
    const started = Date.now();
    const { loads } = await seedDemo(handle.db, handle.file, options.dataDirectory);
    const values = loads.reduce((sum, load) => sum + load.inserted, 0);
    log(`Demo ready: ${values} observations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const load of loads) {
      for (const rejection of load.rejections) {
        log(`  ${load.fileName} line ${rejection.line} (${rejection.field}) not loaded: ${rejection.reason}`);
      }
    }
  }
  if (options.initialAdmin) {
    const admin = await createInitialAdmin(handle.db, options.initialAdmin);
    log(admin ? `Created the first admin ${admin.username} (ADMIN_USERNAME)` : 'ADMIN_USERNAME is not used: the database has users already');
  }
}

async function isEmpty(handle: DatabaseHandle): Promise<boolean> {
  const row = await handle.db
    .selectNoFrom((eb) => [
      eb.selectFrom('strategy').select((inner) => inner.fn.countAll<number>().as('n')).as('strategies'),
      eb.selectFrom('indicator').select((inner) => inner.fn.countAll<number>().as('n')).as('indicators'),
    ])
    .executeTakeFirstOrThrow();
  return Number(row.strategies) === 0 && Number(row.indicators) === 0;
}
