import { CsvError, parse } from 'csv-parse';
import { Readable } from 'node:stream';

/** One CSV record with the file line it starts on (1-based; a quoted value may span several lines). */
export interface CsvRow {
  line: number;
  fields: string[];
}

/**
 * The file is not valid CSV from `line` on (an unclosed quote, text after a closing quote). The CSV
 * reader cannot find its way back into step after such an error, so reading stops here.
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * The most characters one row may hold. Real rows are far shorter (a portal row of 200 years is a
 * few kB); without a bound, a file with no line break (a forced format on the wrong file) would be
 * gathered into one row until memory runs out.
 */
export const MAX_RECORD_CHARACTERS = 16 * 1024 * 1024;

/**
 * The most columns a header may have, in any format: the widest, the portal export, has five label
 * columns and one per year, so this allows almost a thousand years. Wider is not a table of
 * indicator values, and is refused before any column is looked at.
 */
export const MAX_COLUMNS = 1_000;

// These two run for every row: loops without closures, and no regex for the common field
// without a line break.
function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    count += field.match(LINE_BREAK)?.length ?? 0;
  }
  return count;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** csv-parse's messages are for programmers; say the same in words a data owner understands. */
function syntaxProblem(error: CsvError, line: number): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a quoted value that starts on line ${line} is never closed: a closing quote mark (") is missing, or the file is cut short`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `a quoted value on line ${line} has more text after its closing quote mark (")`;
    case 'INVALID_OPENING_QUOTE':
      return `a value on line ${line} has a quote mark (") inside it; put the whole value in quotes and write the quote mark twice ("")`;
    case 'CSV_MAX_RECORD_SIZE':
      return `line ${line} is longer than ${MAX_RECORD_CHARACTERS / 1024 / 1024} MB without a line break: no row of a table is, so this is not a CSV file of values`;
    default:
      return `line ${line} cannot be read as CSV (${error.message})`;
  }
}

/**
 * Reads CSV records one at a time, each with the line it STARTS on. csv-parse's own `info.lines`
 * is the line where a record ends, and it counts a CRLF inside a quoted value as two lines, so lines
 * are counted here instead: a record starts on the line after the previous one ended, and ends as
 * many lines later as its values hold line breaks. That only works if no record is skipped unseen,
 * so empty lines are not skipped by csv-parse but here, after they are counted. Rows whose values
 * are all blank (an empty line, or `;;;` as spreadsheets leave them) carry no data and are skipped.
 *
 * Every row may have its own number of values: checking that is the caller's job, row by row.
 * Throws CsvSyntaxError where the text stops being CSV; errors of the input stream propagate.
 */
export async function* readCsvRows(input: Readable, options: { delimiter: string }): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvRowBatches(input, options)) yield* batch;
}

/**
 * The rows of a CSV text in batches, one per chunk of input: the same rows as readCsvRows, without
 * an asynchronous step per row (files of millions of rows spend much of their time there otherwise).
 */
export async function* readCsvRowBatches(input: Readable, options: { delimiter: string }): AsyncGenerator<CsvRow[]> {
  // Every line break ends a record, as it ends a line in the counting below (and in an editor).
  // csv-parse would otherwise take the first break it meets as the only one: after a lone CR there,
  // the LF of each CRLF would become part of the next value and shift every later line number.
  const parser = parse({
    delimiter: options.delimiter,
    bom: true,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_CHARACTERS,
  });
  // Records arrive synchronously while a chunk is written; errors a tick later.
  let records: string[][] = [];
  let failure: unknown = null;
  parser.on('data', (fields: string[]) => records.push(fields));
  parser.on('error', (error) => {
    failure = error;
  });
  let nextLine = 1;
  const take = (): CsvRow[] => {
    const rows: CsvRow[] = [];
    for (const fields of records) {
      const line = nextLine;
      nextLine = line + lineBreaksIn(fields) + 1;
      if (!isBlank(fields)) rows.push({ line, fields });
    }
    records = [];
    return rows;
  };
  const fail = (error: unknown): never => {
    if (error instanceof CsvError) throw new CsvSyntaxError(nextLine, syntaxProblem(error, nextLine));
    throw error;
  };
  try {
    // Reading the input ourselves (not piping) lets a read error end this loop with that error.
    for await (const chunk of input) {
      parser.write(chunk);
      const rows = take();
      if (rows.length > 0) yield rows;
      if (failure) fail(failure);
    }
    parser.end();
    await new Promise<void>((resolve) => {
      if (parser.readableEnded || failure) resolve();
      else {
        parser.once('end', () => resolve());
        parser.once('error', () => resolve());
      }
    });
    const rows = take();
    if (rows.length > 0) yield rows;
    if (failure) fail(failure);
  } finally {
    parser.destroy();
    if (!input.readableEnded) input.destroy();
  }
}

/** How much of a file `readHead` reads at most while looking for the end of the first line. */
const MAX_HEAD_BYTES = 64 * 1024;

function chunkBytes(chunk: unknown): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError(`a file stream gave a ${typeof chunk} instead of text or bytes`);
}

/**
 * Reads the start of a stream (up to the end of its first line, or 64 KiB) to look at before
 * parsing: a format or a delimiter is decided from it. Returns that text, and a stream that gives
 * the WHOLE input again, the head included, byte for byte. The head may end inside a multi-byte
 * character; only its first line is meant to be trusted.
 */
export async function readHead(input: Readable): Promise<{ head: string; input: Readable }> {
  const iterator: AsyncIterator<unknown> = input[Symbol.asyncIterator]();
  const headChunks: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < MAX_HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const bytes = chunkBytes(next.value);
    headChunks.push(bytes);
    headBytes += bytes.length;
    if (bytes.includes(0x0a) || bytes.includes(0x0d)) break;
  }
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* headChunks;
      while (!ended) {
        const next = await iterator.next();
        if (next.done) return;
        yield chunkBytes(next.value);
      }
    } finally {
      // Closes the input when the reader stops early; harmless after the input's end.
      await iterator.return?.();
    }
  }
  return { head: new TextDecoder().decode(Buffer.concat(headChunks)), input: Readable.from(replay()) };
}

/**
 * The first line of a text that is not blank (the header: blank lines are skipped when reading),
 * without a byte order mark or the line break.
 */
export function firstLine(text: string): string {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.replace(/^\s*[\r\n]/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
}

/**
 * Guesses a header line's delimiter: the one of comma and semicolon that occurs more often outside
 * quotes. Finnish spreadsheets save CSV with semicolons, because the comma is their decimal mark.
 */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === ',') commas += 1;
    else if (!quoted && character === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * A header line's column names, trimmed and in lower case, for recognising a format. A simple split:
 * the names it looks for contain no delimiters. Quotes around a name are dropped.
 */
export function headerNames(headerLine: string, delimiter: string): string[] {
  return headerLine.split(delimiter).map((name) =>
    name
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
      .toLowerCase(),
  );
}

/** How many names a message about a header lists; the rest are counted. */
const NAMES_LISTED = 10;

/**
 * Items for a message: the first few and how many more. A header of a million columns must give a
 * message of a line, not of megabytes.
 */
export function listed(items: readonly string[], format: (item: string) => string = (item) => item, limit = NAMES_LISTED): string {
  const shown = items.slice(0, limit).map(format).join(', ');
  return items.length > limit ? `${shown} and ${(items.length - limit).toLocaleString('en')} more` : shown;
}

/** Names for a message, quoted, as `listed` shortens them. */
export function quotedNames(names: readonly string[], limit = NAMES_LISTED): string {
  return listed(names, (name) => `"${name}"`, limit);
}

/**
 * A row's start as read (its values without quote marks), at most 80 characters as `excerpt`
 * keeps values, for quoting in a message ("the first line is …").
 * Joins only as many values as can show, so a row of a million values costs no more than a short one.
 */
export function rowExcerpt(fields: readonly string[], delimiter: string, length = 80): string {
  let text = fields[0] ?? '';
  for (let index = 1; index < fields.length && text.length <= length; index += 1) text += `${delimiter}${fields[index]}`;
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** A count in words for messages: "1 column", "1,000,000 columns". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : plural}`;
}
