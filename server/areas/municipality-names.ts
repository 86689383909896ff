/**
 * Finding a municipality by the name a file gives it instead of its code: Finnish or Swedish, today's
 * name or a form an earlier classification used (Sotkanet's regions list keeps those, and the
 * municipalities that have merged since). Pure: the caller hands in the names.
 */

export interface NamedMunicipality {
  code: string;
  names: ReadonlyArray<string | null | undefined>;
}

export type NameLookup =
  | { found: true; code: string }
  | { found: false; ambiguous: string[] }
  | null;

/**
 * The form a name is compared in: case, accents' composition, spacing, dots and colons (S:t, St.,
 * Tl.) and the kind of dash do not matter; letters do (ä is not a).
 */
export function normalizeMunicipalityName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('fi')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[.:]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MunicipalityNameIndex {
  lookup(name: string): NameLookup;
}

/**
 * Builds the index. A name two municipalities share is not guessed: looking it up answers with
 * both codes. A name written as two names joined by a dash ("Maarianhamina - Mariehamn", as
 * Statistics Finland once wrote bilingual names) is found when both halves name one municipality.
 */
export function buildMunicipalityNameIndex(municipalities: Iterable<NamedMunicipality>): MunicipalityNameIndex {
  const codesByName = new Map<string, Set<string>>();
  for (const municipality of municipalities) {
    for (const name of municipality.names) {
      if (!name?.trim()) continue;
      const key = normalizeMunicipalityName(name);
      const codes = codesByName.get(key) ?? new Set<string>();
      codes.add(municipality.code);
      codesByName.set(key, codes);
    }
  }
  const find = (key: string): NameLookup => {
    const codes = codesByName.get(key);
    if (!codes) return null;
    const [only] = codes;
    return codes.size === 1 && only !== undefined ? { found: true, code: only } : { found: false, ambiguous: [...codes].sort() };
  };
  return {
    lookup(name) {
      const key = normalizeMunicipalityName(name);
      if (key === '') return null;
      const whole = find(key);
      if (whole || !key.includes('-')) return whole;
      const halves = key.split('-').map(find);
      const codes = new Set(halves.map((half) => (half?.found ? half.code : null)));
      const [code] = codes;
      return codes.size === 1 && code ? { found: true, code } : null;
    },
  };
}
