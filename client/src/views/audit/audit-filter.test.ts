import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { auditFilterInput, auditFilterSearch, KNOWN_ACTIONS, parseDay, prettyDetails, readAuditFilter } from './audit-filter';

// Vitest runs with TZ=UTC (package.json), so local days are UTC days here.

describe('parseDay', () => {
  test.each([
    ['2026-11-22', [2026, 11, 22]],
    ['2024-02-29', [2024, 2, 29]],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['22.11.2026', null],
    ['', null],
  ])('%s → %o', (text, expected) => {
    expect(parseDay(text)).toEqual(expected);
  });
});

describe('readAuditFilter', () => {
  test('reads and trims every filter; drops dates that are not dates', () => {
    expect(readAuditFilter(new URLSearchParams('actor=%20board%20&action=approveReview&entityType=Review&from=2026-08-01&to=2026-13-40'))).toEqual({
      actor: 'board',
      action: 'approveReview',
      entityType: 'Review',
      from: '2026-08-01',
      to: '',
    });
  });
});

describe('auditFilterSearch', () => {
  test('leaves empty filters out of the URL', () => {
    expect(auditFilterSearch({ actor: 'owner', action: '', entityType: ' ', from: '2026-11-01' })).toBe('?actor=owner&from=2026-11-01');
    expect(auditFilterSearch({})).toBe('');
  });
});

describe('auditFilterInput', () => {
  test('a day range covers the whole of both days', () => {
    expect(auditFilterInput({ actor: '', action: '', entityType: '', from: '2026-11-01', to: '2026-11-22' })).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-22T23:59:59.999Z',
    });
  });
  test('text filters pass as they are; empty ones are not sent', () => {
    expect(auditFilterInput({ actor: 'board', action: 'approveReview', entityType: '', from: '', to: '' })).toEqual({ actor: 'board', action: 'approveReview' });
  });
});

describe('prettyDetails', () => {
  test('indents JSON and leaves other text alone', () => {
    expect(prettyDetails('{"id":"2","status":"APPROVED"}')).toBe('{\n  "id": "2",\n  "status": "APPROVED"\n}');
    expect(prettyDetails('not json')).toBe('not json');
  });
});

describe('KNOWN_ACTIONS', () => {
  test('suggests every mutation of the API, since each is recorded under its own name', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.graphql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations.filter((name) => !KNOWN_ACTIONS.includes(name))).toEqual([]);
  });
});
