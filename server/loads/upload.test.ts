/**
 * The dashboard's door to the load service: a file sent to `POST /api/uploads`, previewed with
 * `loadUpload(dryRun: true)` and then written, over real HTTP. And the upload limit.
 */
import * as XLSX from '@e965/xlsx';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';
import { currentValues, fingerprint, LOAD_UPLOAD, upload, type GraphQLLoadReport } from './test-support';

const csv = (...rows: string[]) => `indicator,area,period,value\n${rows.join('\n')}\n`;
const uploadsKept = (server: TestServer) => {
  try {
    return readdirSync(join(dirname(server.database.file), 'uploads'));
  } catch {
    return []; // not even created
  }
};

describe('an upload, previewed and then written', () => {
  let server: TestServer;
  let code: string;
  beforeAll(async () => {
    server = await startTestServer();
    code = await createTestIndicator(server);
  });
  afterAll(() => server.close());

  const loadUpload = (input: Record<string, unknown>) => server.graphql<{ loadUpload: GraphQLLoadReport }>(LOAD_UPLOAD, { input });

  test('an Excel workbook keyed by municipality names: its sheet is named, and names are mapped only when asked', async () => {
    const own = await createTestIndicator(server);
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['indicator', 'area', 'period', 'value'], [own, 'Helsingfors', '2015', 4.5]]), 'Arvot');
    const sent = await upload(server, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 'arvot.xlsx');
    expect(sent).toMatchObject({ status: 201, body: { detectedFormat: 'xlsx' } });
    const uploadId = sent.body.uploadId;

    const missingSheet = await loadUpload({ uploadId, dryRun: true, sheet: 'Taulukko1' });
    expect(firstError(missingSheet)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sheet' });

    const asCodes = await server.data<{ loadUpload: GraphQLLoadReport & { sheet: string; areaNamesSuggested: boolean } }>(
      `mutation ($input: LoadUploadInput!) { loadUpload(input: $input) { format sheet areaNamesSuggested areaNamesMapped rejected } }`,
      { input: { uploadId, dryRun: true } },
    );
    expect(asCodes.loadUpload).toMatchObject({ format: 'xlsx:long-csv', sheet: 'Arvot', areaNamesSuggested: true, areaNamesMapped: 0, rejected: 1 });
    const asNames = await server.data<{ loadUpload: GraphQLLoadReport }>(
      `mutation ($input: LoadUploadInput!) { loadUpload(input: $input) { status inserted rejected areaNamesSuggested areaNamesMapped } }`,
      { input: { uploadId, areaNames: true } },
    );
    expect(asNames.loadUpload).toMatchObject({ status: 'COMMITTED', inserted: 1, rejected: 0, areaNamesSuggested: false, areaNamesMapped: 1 });
    expect(currentValues(server, [own]).get(`${own}|091|0|2015`)).toBe(4.5);
  });

  test('the preview reports what would change and writes nothing; the write then does exactly that', async () => {
    const existing = await upload(server, csv(`${code},091,2020,1`, `${code},091,2021,2`));
    await loadUpload({ uploadId: existing.body.uploadId });

    const sent = await upload(server, csv(`${code},091,2020,1`, `${code},091,2021,2.5`, `${code},091,2022,3`, `${code},091,2023,x`), 'Mikkeli 2024/ä ö.csv');
    expect(sent).toMatchObject({ status: 201, body: { fileName: 'ä ö.csv', detectedFormat: 'long-csv' } });
    expect(sent.body.size).toBeGreaterThan(0);

    const before = fingerprint(server);
    const preview = await loadUpload({ uploadId: sent.body.uploadId, dryRun: true });
    expect(preview.data?.loadUpload).toMatchObject({ status: 'DRY_RUN', load: null, inserted: 1, updated: 1, unchanged: 1, rejected: 1 });
    expect(preview.data?.loadUpload.rejections).toEqual([expect.objectContaining({ line: 5, code: 'INVALID_NUMBER', field: 'value' })]);
    expect(fingerprint(server)).toEqual(before);

    // The preview keeps the file for the write; by default the bad row stops it.
    const refused = await loadUpload({ uploadId: sent.body.uploadId });
    expect(refused.data?.loadUpload).toMatchObject({ status: 'REJECTED', inserted: 0, load: { status: 'REJECTED', fileName: 'ä ö.csv' } });
    expect(fingerprint(server).observations).toBe(before.observations);

    const again = await upload(server, csv(`${code},091,2020,1`, `${code},091,2021,2.5`, `${code},091,2022,3`, `${code},091,2023,x`));
    await loadUpload({ uploadId: again.body.uploadId, dryRun: true });
    const written = await loadUpload({ uploadId: again.body.uploadId, writeGoodRows: true });
    expect(written.data?.loadUpload).toMatchObject({
      status: 'COMMITTED',
      inserted: 1,
      updated: 1,
      unchanged: 1,
      rejected: 1,
      load: { status: 'COMMITTED', format: 'long-csv', createdBy: server.users.ADMIN.username, insertedCount: 1, updatedCount: 1, rejectedCount: 1 },
    });
    expect(currentValues(server, [code])).toEqual(
      new Map([
        [`${code}|091|0|2020`, 1],
        [`${code}|091|0|2021`, 2.5],
        [`${code}|091|0|2022`, 3],
      ]),
    );

    // A write is the end of the upload: the file is gone and its id no longer loads.
    expect(firstError(await loadUpload({ uploadId: again.body.uploadId }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.uploadId' });
    expect(uploadsKept(server)).not.toContain(again.body.uploadId);
  });

  test('an explicit format overrides detection; an unknown format name is refused', async () => {
    const sent = await upload(server, `indicator;region;year;gender;primary value\n127;46;2009;total;583350\n`);
    expect(sent.body.detectedFormat).toBe('sotkanet-csv');
    const forced = await loadUpload({ uploadId: sent.body.uploadId, format: 'long-csv', dryRun: true });
    expect(forced.data?.loadUpload).toMatchObject({ status: 'DRY_RUN', format: 'long-csv', rejections: [{ line: 1, code: 'MALFORMED_FILE' }] });
    const unknown = await loadUpload({ uploadId: sent.body.uploadId, format: 'xlsx' });
    expect(firstError(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.format' });
  });

  test('refuses a post without the upload header (a cross-site form cannot send one)', async () => {
    const response = await fetch(`${server.url}api/uploads`, { method: 'POST', body: csv(`${code},091,2020,1`) });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toMatch(/x-mittaristo-upload/);
  });
});

describe('the upload limit', () => {
  const LIMIT = 64 * 1024;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ uploadLimitBytes: LIMIT });
    // The upload directory exists from the start, so that "nothing is kept" reads a real directory
    // (the store would otherwise create it only on its first save).
    mkdirSync(join(dirname(server.database.file), 'uploads'), { recursive: true });
  });
  afterAll(() => server.close());

  const tooLarge = 'x'.repeat(LIMIT + 1);

  async function expectRefused(response: Response) {
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/larger than the upload limit/);
    expect(body.error).toMatch(/npm run load/); // and where to go instead
  }

  test('a file one byte over the limit is refused with 413 and a JSON error, and nothing is kept', async () => {
    await expectRefused(
      await fetch(`${server.url}api/uploads`, { method: 'POST', headers: { 'x-mittaristo-upload': '1', ...server.authHeaders('ANALYST') }, body: tooLarge }),
    );
    expect(uploadsKept(server)).toEqual([]);
  });

  test('also when the size is not announced (a streamed body), counted as it arrives', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let sent = 0; sent <= LIMIT; sent += 8192) controller.enqueue(new Uint8Array(8192).fill(65));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}api/uploads`, {
      method: 'POST',
      headers: { 'x-mittaristo-upload': '1', ...server.authHeaders('ANALYST') },
      body,
      duplex: 'half',
    } as RequestInit);
    await expectRefused(response);
    expect(uploadsKept(server)).toEqual([]);
  });

  test('a file within the limit is still accepted afterwards', async () => {
    const sent = await upload(server, 'x'.repeat(LIMIT));
    expect(sent).toMatchObject({ status: 201, body: { size: LIMIT, detectedFormat: null } });
  });
});
