import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { upsertArea } from './area-repository';
import { classifyAreas } from './municipality-classification';

/**
 * Writes the area classification (country, counties, regions, municipalities) from the
 * classification file. Idempotent: areas are keyed by code, so running it again updates names.
 */
export async function loadAreaClassification(db: Kysely<Database>, classificationFile: string): Promise<number> {
  const areas = classifyAreas(await readFile(classificationFile, 'utf8'));
  return db.transaction().execute(async (trx) => {
    const idByCode = new Map<string, number>();
    for (const { parentCode, regionCode, ...area } of areas) {
      const id = await upsertArea(trx, {
        ...area,
        parent_id: parentCode ? requireId(idByCode, parentCode) : null,
        region_id: regionCode ? requireId(idByCode, regionCode) : null,
      });
      idByCode.set(area.code, id);
    }
    return areas.length;
  });
}

function requireId(idByCode: Map<string, number>, code: string): number {
  const id = idByCode.get(code);
  if (id === undefined) throw new Error(`area ${code} is referred to before it is defined`);
  return id;
}
