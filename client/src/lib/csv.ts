/**
 * CSV for downloads. Comma-separated with a decimal point (RFC 4180), so a file downloaded from an
 * indicator can be edited and loaded back through the Data view as the project's long CSV format.
 */
export type CsvCell = string | number | boolean | null | undefined;

/** First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number as a value column holds it (`-1.5`, `-1,5`, `+2e-3`): data, not a formula, so kept as it is. */
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * One cell. Texts come from users (goal titles, assessments' narratives) and a cell such as
 * `=HYPERLINK(…)` or `=cmd|…` would run when the file is opened in a spreadsheet, so a text that
 * starts like a formula gets a leading `'` and quotes, as OWASP recommends; numbers never do. The
 * cells a load reads back (codes, areas, periods, values) never start like a formula, so a
 * downloaded file still loads.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'boolean' ? (cell ? '1' : '0') : String(cell);
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  if (typeof cell === 'string' && FORMULA_START.test(text) && !NUMBER_TEXT.test(text)) return quote(`'${text}`);
  return /[",\r\n]/.test(text) ? quote(text) : text;
}

export function toCsv(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name from free text: `sotkanet:1244` → `sotkanet-1244`. */
export function safeFileName(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'data';
}

/** Saves the text as a file; the BOM makes spreadsheet programs read ä and ö correctly. */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: some browsers start the download asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
