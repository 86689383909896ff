import type { AreaKindValue, Executor, NewAreaRow } from '../db/database';
import { areaFromRow, type Area } from './area-model';

export interface AreaFilter {
  kind?: AreaKindValue | null;
  /** Areas whose parent or region is this area. */
  parentId?: number | null;
}

export async function findAreas(db: Executor, filter: AreaFilter = {}): Promise<Area[]> {
  let query = db.selectFrom('area').selectAll();
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const parentId = filter.parentId;
  if (parentId != null) {
    query = query.where((eb) => eb.or([eb('parent_id', '=', parentId), eb('region_id', '=', parentId)]));
  }
  const rows = await query.orderBy('kind').orderBy('code').execute();
  return rows.map(areaFromRow);
}

/** The areas under any of the given ones (as their county or region), ordered like findAreas. */
export async function findAreasByParentIds(db: Executor, parentIds: readonly number[]): Promise<Area[]> {
  if (parentIds.length === 0) return [];
  const rows = await db
    .selectFrom('area')
    .selectAll()
    .where((eb) => eb.or([eb('parent_id', 'in', parentIds), eb('region_id', 'in', parentIds)]))
    .orderBy('kind')
    .orderBy('code')
    .execute();
  return rows.map(areaFromRow);
}

export async function findAreasByIds(db: Executor, ids: readonly number[]): Promise<Area[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('area').selectAll().where('id', 'in', ids).execute();
  return rows.map(areaFromRow);
}

export async function findAreasByCodes(db: Executor, codes: readonly string[]): Promise<Area[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('area').selectAll().where('code', 'in', codes).execute();
  return rows.map(areaFromRow);
}

export async function findAreaByCode(db: Executor, code: string): Promise<Area | undefined> {
  const row = await db.selectFrom('area').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? areaFromRow(row) : undefined;
}

export async function countAreas(db: Executor): Promise<number> {
  const { count } = await db.selectFrom('area').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(count);
}

/** Inserts areas or updates their names and links, keyed by code. */
export async function upsertArea(db: Executor, area: NewAreaRow): Promise<number> {
  const row = await db
    .insertInto('area')
    .values(area)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({
        kind: area.kind,
        name_fi: area.name_fi,
        name_sv: area.name_sv ?? null,
        name_en: area.name_en ?? null,
        parent_id: area.parent_id ?? null,
        region_id: area.region_id ?? null,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
