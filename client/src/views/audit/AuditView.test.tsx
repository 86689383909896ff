import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { mockGraphQLClient } from '../../test-support/graphql-client';
import { renderAtRoute } from '../../test-support/render-route';
import { AuditView } from './AuditView';

afterEach(cleanup);

const admin = { id: '5', username: 'admin', displayName: 'Pääkäyttäjä', role: 'ADMIN', permissions: ['READ_AUDIT', 'MANAGE_USERS'] };

function event(id: number, action = 'signIn') {
  return {
    id: String(id),
    at: `2026-11-22T12:${String(59 - id).padStart(2, '0')}:00.000Z`,
    actor: 'admin',
    action,
    entityType: 'User',
    entityId: '5',
    summary: `event ${id}`,
    details: id === 1 ? '{"input":{"name":"skripti"}}' : null,
  };
}

function renderAudit(viewer: unknown, url = '/audit') {
  const mock = mockGraphQLClient(({ operationName, variables }) => {
    if (operationName === 'Viewer') return { data: { viewer } };
    if (operationName === 'AuditEvents') {
      const after = variables.after as string | null | undefined;
      return after === 'c2'
        ? { data: { auditEvents: { nodes: [event(3), event(4)], pageInfo: { hasNextPage: false, endCursor: 'c4' } } } }
        : { data: { auditEvents: { nodes: [event(1), event(2)], pageInfo: { hasNextPage: true, endCursor: 'c2' } } } };
    }
    return { data: {} };
  });
  renderAtRoute({ client: mock.client, path: '/audit', url, element: <AuditView /> });
  return mock;
}

describe('AuditView', () => {
  test('newest first, a page at a time: "load more" appends the next page after the cursor', async () => {
    const { operations } = renderAudit(admin);
    const table = await screen.findByTestId('audit-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['event 1', 'event 2', 'event 3', 'event 4']);
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).toBeNull();
    expect(operations.filter((operation) => operation.operationName === 'AuditEvents').map((operation) => operation.variables.after ?? null)).toEqual([null, 'c2']);
  });

  test('the filters come from the URL and go back to it', async () => {
    const { operations } = renderAudit(admin, '/audit?actor=board&from=2026-11-01');
    await screen.findByTestId('audit-table');
    expect((screen.getByLabelText('Tekijä') as HTMLInputElement).value).toBe('board');
    expect(operations.find((operation) => operation.operationName === 'AuditEvents')?.variables.filter).toMatchObject({ actor: 'board', from: '2026-11-01T00:00:00.000Z' });
    fireEvent.change(screen.getByLabelText('Toiminto'), { target: { value: 'approveReview' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rajaa' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/audit?actor=board&action=approveReview&from=2026-11-01'));
  });

  test('details on demand, indented', async () => {
    renderAudit(admin);
    const summary = await screen.findByText('Näytä tiedot');
    expect(summary.closest('details')?.querySelector('pre')?.textContent).toBe('{\n  "input": {\n    "name": "skripti"\n  }\n}');
  });

  test('without READ_AUDIT: no query, a message saying who may read it', async () => {
    const { operations } = renderAudit({ ...admin, role: 'BOARD', permissions: ['APPROVE_REVIEWS'] });
    expect((await screen.findByTestId('access-message')).textContent).toContain('Kirjaudu sisään ylläpitäjänä.');
    expect(operations.some((operation) => operation.operationName === 'AuditEvents')).toBe(false);
  });
});
