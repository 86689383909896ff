import { detectDelimiter, firstLine, headerNames } from './csv-rows';
import { looksLikePortalLong } from './sotkanet-portal-long';

export type InputFormat = 'long-csv' | 'sotkanet-json' | 'sotkanet-csv' | 'sotkanet-portal' | 'sotkanet-portal-long';

/** The formats a load reads, with a line each for help texts. */
export const FORMATS: ReadonlyArray<{ format: InputFormat; description: string }> = [
  {
    format: 'long-csv',
    description: 'CSV, one value a line: indicator,area,period,value[,service_area,numerator,denominator,provisional]',
  },
  { format: 'sotkanet-json', description: 'Sotkanet REST 1.1 data as JSON: a list of {region, indicator, year, gender, value}' },
  { format: 'sotkanet-csv', description: 'Sotkanet REST 1.1 data as CSV: indicator;region;year;gender;primary value;absolute value' },
  { format: 'sotkanet-portal', description: 'A Sotkanet portal table saved as CSV: a row per indicator and area, a column per year' },
  {
    format: 'sotkanet-portal-long',
    description: 'A Sotkanet portal table in the long layout, no header: indicator;id;municipality;code;sex;year;value;absolute value',
  },
];

/**
 * Recognises a file's format from its beginning (a few KB as text; a byte order mark is allowed),
 * or returns null when it is none of the formats. Only the first line matters for CSV, and only the
 * first character for JSON, so a head cut anywhere after the first line is enough.
 */
export function detectFormat(head: string): InputFormat | null {
  const text = head.startsWith('\uFEFF') ? head.slice(1) : head;
  if (text.trimStart().startsWith('[')) return 'sotkanet-json';

  const line = firstLine(text.replace(/^(\s*[\r\n])+/, ''));
  const delimiter = detectDelimiter(line);
  const names = headerNames(line, delimiter);
  const has = (...wanted: string[]) => wanted.every((name) => names.includes(name));

  // The portal's first row: five empty cells above the row labels, then the years.
  if (delimiter === ';' && names.length > 5 && names.slice(0, 5).every((name) => name === '') && /^\d{4}$/.test(names[5] ?? '')) {
    return 'sotkanet-portal';
  }
  if (has('indicator', 'region', 'year', 'gender')) return 'sotkanet-csv';
  if (has('indicator', 'area', 'period', 'value')) return 'long-csv';
  // No header at all: the first line is already a row of the portal's long layout.
  if (delimiter === ';' && looksLikePortalLong(names)) return 'sotkanet-portal-long';
  return null;
}
