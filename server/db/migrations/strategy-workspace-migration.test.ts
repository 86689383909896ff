import { Migrator } from 'kysely/migration';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../connection';
import { migrations } from './index';

/**
 * The role STRATEGY_EDITOR needs app_user rebuilt (SQLite cannot alter a CHECK constraint). Dropping
 * the old table with foreign keys on would delete every API token (on delete cascade) and clear every
 * goal's owning user (on delete set null): this checks that a database with users, tokens and goal
 * owners comes through the migration whole.
 */
let directory: string | null = null;
let database: DatabaseHandle | null = null;
afterEach(async () => {
  await database?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
  database = null;
  directory = null;
});

test('adding STRATEGY_EDITOR keeps users, their tokens, goal owners and the data-version triggers', async () => {
  directory = mkdtempSync(join(tmpdir(), 'mittaristo-migration-'));
  database = openDatabase(join(directory, 'test.sqlite'));
  const { db, sqlite } = database;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const before = await migrator.migrateTo('2026-11-22T2300-data-version');
  expect(before.error).toBeUndefined();

  const now = Date.now();
  sqlite.prepare(`insert into area (id, code, kind, name_fi) values (1, 'HVA12', 'WELLBEING_COUNTY', 'Etelä-Savo')`).run();
  sqlite
    .prepare(`insert into app_user (id, username, display_name, role, password_hash, disabled, created_at) values (7, 'owner', 'Owner', 'GOAL_OWNER', 'h', 0, ?)`)
    .run(now);
  sqlite.prepare(`insert into api_token (user_id, name, token_hash, created_at) values (7, 'script', 'hash', ?)`).run(now);
  sqlite
    .prepare(`insert into strategy (id, organisation_area_id, name_fi, start_year, end_year, baseline_year, created_at, updated_at) values (1, 1, 'S', 2026, 2029, 2021, ?, ?)`)
    .run(now, now);
  sqlite.prepare(`insert into perspective (id, strategy_id, name_fi) values (1, 1, 'P')`).run();
  sqlite
    .prepare(`insert into goal (id, strategy_id, perspective_id, title_fi, owner_user_id, created_at, updated_at) values (1, 1, 1, 'G', 7, ?, ?)`)
    .run(now, now);

  expect(await migrateToLatest(db)).toEqual(['2026-12-06T1200-strategy-workspace']);

  expect(sqlite.prepare(`select username, role from app_user`).all()).toEqual([{ username: 'owner', role: 'GOAL_OWNER' }]);
  expect(sqlite.prepare(`select user_id as userId, name from api_token`).all()).toEqual([{ userId: 7, name: 'script' }]);
  expect(sqlite.prepare(`select owner_user_id as ownerUserId from goal`).get()).toEqual({ ownerUserId: 7 });
  expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(sqlite.prepare(`select promise_published as published, promise_published_at as at from strategy`).get()).toEqual({ published: 0, at: null });

  const insertUser = sqlite.prepare(
    `insert into app_user (username, display_name, role, password_hash, disabled, created_at) values (?, 'U', ?, 'h', 0, ?)`,
  );
  insertUser.run('editor', 'STRATEGY_EDITOR', now);
  expect(() => insertUser.run('nobody', 'SUPERUSER', now)).toThrow(/CHECK constraint failed/);
  const version = () => (sqlite.prepare(`select value from data_version`).get() as { value: number }).value;
  const start = version();
  sqlite.prepare(`update app_user set display_name = 'Editor' where username = 'editor'`).run();
  expect(version()).toBe(start + 1);
  // Foreign keys still hold on the rebuilt table: deleting a user takes its tokens and frees its goals.
  sqlite.prepare(`delete from app_user where id = 7`).run();
  expect(sqlite.prepare(`select count(*) as n from api_token`).get()).toEqual({ n: 0 });
  expect(sqlite.prepare(`select owner_user_id as ownerUserId from goal`).get()).toEqual({ ownerUserId: null });
});
