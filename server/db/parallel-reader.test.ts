import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server';
import { ParallelReader } from './parallel-reader';

/** The second reader against a real database file: the test server's, with its areas loaded. */
let server: TestServer;
let reader: ParallelReader;
beforeAll(async () => {
  server = await startTestServer();
  reader = new ParallelReader(server.database.file);
});
afterAll(async () => {
  await reader.close();
  await server.close();
});

const MUNICIPALITIES_OF = `select code, name_fi from area where kind = 'MUNICIPALITY' and parent_id = (select id from area where code = ?) order by code`;

test('answers a statement with the same rows the main connection reads, as arrays', async () => {
  const main = server.database.sqlite.prepare(MUNICIPALITIES_OF).raw(true).all('HVA12');
  const second = await reader.all(MUNICIPALITIES_OF, ['HVA12']);
  expect(second).toEqual(main);
  expect(second.map(([code]) => code)).toContain('740');
});

test('several requests at once each get their own answer', async () => {
  const answers = await Promise.all(['HVA12', 'HVA08', 'HVA12'].map((county) => reader.all(MUNICIPALITIES_OF, [county])));
  expect(answers[0]).toEqual(answers[2]);
  expect(answers[1]).not.toEqual(answers[0]);
});

test('a failing statement is refused with SQLite’s reason, and the reader goes on', async () => {
  await expect(reader.all('select * from no_such_table', [])).rejects.toThrow('no such table: no_such_table');
  await expect(reader.all(`update area set name_fi = 'x'`, [])).rejects.toThrow('only runs statements that return rows');
  expect(await reader.all('select count(*) from area where code = ?', ['740'])).toEqual([[1]]);
});

test('sees what the main connection has committed', async () => {
  server.database.sqlite.prepare(`update area set name_en = 'Savonlinna (renamed)' where code = '740'`).run();
  expect(await reader.all(`select name_en from area where code = '740'`, [])).toEqual([['Savonlinna (renamed)']]);
});

test('once closed, refuses to read', async () => {
  const closing = new ParallelReader(server.database.file);
  expect(await closing.all('select 1', [])).toEqual([[1]]);
  await closing.close();
  await expect(closing.all('select 1', [])).rejects.toThrow('closed');
});
