/**
 * Loads a file of indicator values into the database: the command-line door of the load service.
 *
 *   npm run load -- FILE [--dry-run] [--write-good-rows] [--format F] [--sheet S] [--area-names] [--create-indicators] [--json]
 *
 * Exit codes: 0 loaded (or, with --dry-run, would load) without rejected rows; 1 rows were rejected
 * (nothing was written unless --write-good-rows); 2 usage error (bad option, missing file, unknown format,
 * a file in no known format).
 * The database is DATABASE_FILE (default data/mittaristo.sqlite), created if missing.
 */
import { SingleBar, Presets } from 'cli-progress';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { recordAudit } from '../server/audit/audit-service';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { AppError } from '../server/errors';
import { detectFileFormat, isLoadFormat, LOAD_FORMATS, loadFile, sotkanetIdsInFile } from '../server/loads/load-file-service';
import { createSotkanetIndicators } from '../server/loads/sotkanet-indicator-service';
import { prepareDatabase } from '../server/setup';

const USAGE = `Usage: npm run load -- FILE [options]

Options:
  --dry-run             report what would change; write nothing
  --write-good-rows     write the valid rows even if some are rejected (default: write nothing then)
  --format F            the file's format (default: detected from its first line):
${LOAD_FORMATS.map((entry) => `                          ${entry.format.padEnd(16)} ${entry.description}`).join('\n')}
  --sheet S             the sheet of an Excel workbook (.xlsx, .xls) to read, by name or number
                        (default: the first)
  --area-names          the file names municipalities (Helsinki, Helsingfors, earlier names)
                        instead of giving codes: map the names to codes
  --create-indicators   create Sotkanet indicators the file refers to but the database lacks,
                        from Sotkanet's metadata (check their unit and direction afterwards)
  --user NAME           who is loading (recorded with the load; default: $USER)
  --json                print the report as JSON
  --help                this text

Exit codes: 0 no rows rejected, 1 rows rejected, 2 usage error or a file of no known format.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'write-good-rows': { type: 'boolean', default: false },
      format: { type: 'string' },
      'create-indicators': { type: 'boolean', default: false },
      sheet: { type: 'string' },
      'area-names': { type: 'boolean', default: false },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values: options, positionals } = parsed;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(positionals.length === 0 ? 'Give the file to load.' : 'Give one file at a time.');
const file = positionals[0] as string;
if (!existsSync(file)) fail(`No such file: ${file}`);
if (options.format !== undefined && !isLoadFormat(options.format)) fail(`Unknown format "${options.format}".`);
if (options.format === undefined) {
  // A file of no known format is a mistake of what to load, not of its rows: said before any database is touched.
  const detected = await detectFileFormat(file, options.sheet ?? null).catch((error: unknown) => {
    // A sheet the workbook does not have is a usage error too.
    if (error instanceof AppError) fail(error.message);
    throw error;
  });
  if (detected.format === null && !detected.empty) {
    fail(
      `${file} is in no known format: its first line, "${detected.firstLine}", is none of ${LOAD_FORMATS.map((entry) => entry.format).join(', ')}. ` +
        'If it is one of them, name it with --format.',
    );
  }
}

const config = readConfig();
const database = openDatabase(config.databaseFile);
try {
  await prepareDatabase(database, { dataDirectory: config.dataDirectory, seedDemoIfEmpty: false });
  const format = options.format && isLoadFormat(options.format) ? options.format : null;

  if (options['create-indicators']) {
    const ids = await sotkanetIdsInFile(file, { format, dataDirectory: config.dataDirectory, sheet: options.sheet ?? null });
    if (ids === null) fail('--create-indicators needs a Sotkanet file (its rows name Sotkanet indicator ids).');
    const { created, notInSotkanet } = await createSotkanetIndicators(database.db, ids, config.dataDirectory, {
      dryRun: options['dry-run'],
    });
    if (created.length > 0) {
      console.error(`${options['dry-run'] ? 'Would create' : 'Created'} ${created.length} indicator(s) from Sotkanet's metadata: ${created.join(', ')}`);
      console.error('Check their unit, decimals and direction in the dashboard.');
    }
    if (notInSotkanet.length > 0) console.error(`Not in Sotkanet's indicator list: ${notInSotkanet.join(', ')}`);
  }

  const showProgress = process.stderr.isTTY && !options.json;
  const bar = new SingleBar(
    { format: 'Loading [{bar}] {percentage}% | {rows} rows read, {rejected} rejected', hideCursor: true, stream: process.stderr },
    Presets.shades_classic,
  );
  let started = false;
  const report = await loadFile({ databaseFile: database.file, db: database.db }, file, {
    fileName: basename(file),
    createdBy: options.user ?? process.env.USER ?? 'command line',
    dataDirectory: config.dataDirectory,
    format,
    sheet: options.sheet ?? null,
    areaNames: options['area-names'],
    dryRun: options['dry-run'],
    writeGoodRows: options['write-good-rows'],
    onProgress: ({ rowsRead, rejected, bytesRead, totalBytes }) => {
      if (!showProgress) return;
      if (!started) {
        bar.start(totalBytes, 0, { rows: 0, rejected: 0 });
        started = true;
      }
      bar.update(bytesRead, { rows: rowsRead.toLocaleString('en'), rejected: rejected.toLocaleString('en') });
    },
  });
  if (started) bar.stop();

  if (report.status !== 'DRY_RUN') {
    await recordAudit(database.db, {
      actor: options.user ?? process.env.USER ?? 'command line',
      action: 'load',
      entityType: 'Load',
      entityId: report.loadId === null ? null : String(report.loadId),
      summary: `loaded ${report.fileName} (${report.format}) from the command line: ${report.status.toLowerCase()}; ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected`,
      details: { file, writeGoodRows: options['write-good-rows'] },
    });
  }
  // A file of no known format is a usage error: no row can be read, and --write-good-rows cannot help.
  const noKnownFormat = report.format === 'unknown' || report.format.endsWith(':unknown');
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else {
    const sheet = report.sheet ? `, sheet "${report.sheet}"` : '';
    console.log(`${report.fileName} (${report.format}${sheet}): ${report.status}${report.loadId ? `, load ${report.loadId}` : ''}`);
    // A refused load compares nothing with the database, so it has no counts to show but the rejections.
    if (noKnownFormat) console.log(`  No known format: nothing written. Name the format with --format (${LOAD_FORMATS.map((entry) => entry.format).join(', ')}).`);
    else if (report.status === 'REJECTED') {
      console.log(
        options['write-good-rows']
          ? `  Nothing written: no row could be loaded; rejected ${report.rejected}`
          : `  Nothing written; rejected ${report.rejected} (--write-good-rows writes the valid rows)`,
      );
    }
    else {
      const verb = report.status === 'DRY_RUN' ? 'Would insert' : 'Inserted';
      console.log(`  ${verb} ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}; rejected ${report.rejected}`);
    }
    if (report.areaNamesMapped) console.log(`  Mapped ${report.areaNamesMapped} municipality name(s) to codes.`);
    for (const rejection of report.rejections.slice(0, 20)) {
      console.log(`  line ${rejection.line}${rejection.field ? ` (${rejection.field})` : ''}: ${rejection.reason}`);
    }
    if (report.rejected > 20) console.log(`  … and ${report.rejected - 20} more (see the load in the dashboard, or --json)`);
    if (report.areaNamesSuggested) console.log('  The file seems to name municipalities instead of giving codes: load it with --area-names to map the names.');
    if (report.status === 'REJECTED' && !noKnownFormat && !options['write-good-rows']) console.log('  Fix the rows and load again, or use --write-good-rows to write the valid ones.');
  }
  process.exitCode = noKnownFormat ? 2 : report.rejected > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof AppError) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
} finally {
  await database.close();
}
