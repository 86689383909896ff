import type { Executor } from '../db/database';
import { serviceAreaFromRow, type ServiceArea } from './service-area-model';
import type { LocalizedText } from '../common/localized-text';

export async function findServiceAreas(db: Executor): Promise<ServiceArea[]> {
  const rows = await db.selectFrom('service_area').selectAll().orderBy('sort_order').orderBy('id').execute();
  return rows.map(serviceAreaFromRow);
}

export async function findServiceAreasByIds(db: Executor, ids: readonly number[]): Promise<ServiceArea[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('service_area').selectAll().where('id', 'in', ids).execute();
  return rows.map(serviceAreaFromRow);
}

/** Inserts or renames a service area, keyed by code. */
export async function upsertServiceArea(
  db: Executor,
  serviceArea: { code: string; name: LocalizedText; sortOrder: number },
): Promise<number> {
  const values = {
    name_fi: serviceArea.name.fi,
    name_sv: serviceArea.name.sv,
    name_en: serviceArea.name.en,
    sort_order: serviceArea.sortOrder,
  };
  const row = await db
    .insertInto('service_area')
    .values({ code: serviceArea.code, ...values })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
