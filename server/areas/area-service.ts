import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { boundedText, parseArguments, TEXT_LIMITS } from '../common/validation';
import type { Database, Executor } from '../db/database';
import type { Area, AreaKind } from './area-model';
import { findAreaByCode, findAreas, upsertArea } from './area-repository';
import { classifyAreas } from './municipality-classification';

const areaCode = boundedText(TEXT_LIMITS.areaCode);
const areasArguments = z.object({ parentCode: areaCode.nullish() });
const areaArguments = z.object({ code: areaCode });

/** Areas, optionally of one kind and/or directly under one parent (none when the parent is unknown). */
export async function readAreas(db: Executor, args: { kind?: AreaKind | null; parentCode?: string | null }): Promise<Area[]> {
  const { parentCode } = parseArguments(areasArguments, args);
  if (parentCode == null) return findAreas(db, { kind: args.kind ?? null });
  const parent = await findAreaByCode(db, parentCode);
  return parent ? findAreas(db, { kind: args.kind ?? null, parentId: parent.id }) : [];
}

export async function readArea(db: Executor, args: { code: string }): Promise<Area | null> {
  const { code } = parseArguments(areaArguments, args);
  return (await findAreaByCode(db, code)) ?? null;
}

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
