import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { Provider } from 'urql';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { setUpI18n } from '../../i18n/setup';
import { type MockAnswer, type MockOperation, mockGraphQLClient } from '../../test-support/graphql-client';
import { PromiseEditorView } from './PromiseEditorView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const admin = { __typename: 'User', id: '5', username: 'admin', displayName: 'Anna Admin', role: 'ADMIN', permissions: ['EDIT_STRATEGY'] };
const text = (fi: string, sv: string | null = null, en: string | null = null) => ({ __typename: 'LocalizedText', fi, sv, en });

/** A small stand-in for the server's strategy 1: its items change as the mutations say. */
function fakeServer(viewer: unknown = admin) {
  let nextId = 30;
  const state = {
    published: false,
    items: [
      { id: '11', sortOrder: 0, text: text('Pääset hoitoon viikossa', 'Du får vård inom en vecka'), goalIds: ['1'] },
      { id: '12', sortOrder: 1, text: text('Apu tulee nopeasti'), goalIds: ['2', '3'] },
      { id: '13', sortOrder: 2, text: text('Asiointi on helppoa'), goalIds: [] },
    ],
  };
  const item = (entry: (typeof state.items)[number]) => ({
    __typename: 'ServicePromiseItem',
    id: entry.id,
    sortOrder: entry.sortOrder,
    text: entry.text,
    goals: entry.goalIds.map((id) => ({ __typename: 'Goal', id })),
  });
  const goal = (id: string, title: string, perspective: string, parent: string | null = null) => ({
    __typename: 'Goal',
    id,
    title: text(title),
    perspective: { __typename: 'Perspective', id: perspective },
    parent: parent ? { __typename: 'Goal', id: parent } : null,
  });
  const answer = (operation: MockOperation): MockAnswer => {
    const variables = operation.variables as Record<string, any>;
    switch (operation.operationName) {
      case 'Viewer':
        return { data: { viewer } };
      case 'PromiseEditor':
        return {
          data: {
            strategy: {
              __typename: 'Strategy',
              id: '1',
              name: text('Palvelustrategia'),
              promisePublished: state.published,
              promisePublishedAt: state.published ? '2026-12-06T10:00:00.000Z' : null,
              perspectives: [
                { __typename: 'Perspective', id: 'p1', name: text('Saatavuus') },
                { __typename: 'Perspective', id: 'p2', name: text('Turvallisuus') },
              ],
              goals: [goal('1', 'Hoitoon pääsee', 'p1'), goal('2', 'Pelastus on nopeaa', 'p2'), goal('3', 'Ensihoito ehtii', 'p2', '2')],
              servicePromiseItems: [...state.items].sort((a, b) => a.sortOrder - b.sortOrder).map(item),
            },
          },
        };
      case 'CreatePromiseItem': {
        const input = variables.input;
        const created = { id: String(nextId++), sortOrder: input.sortOrder ?? state.items.length, text: text(input.text.fi, input.text.sv, input.text.en), goalIds: input.goalIds };
        state.items.push(created);
        return { data: { createServicePromiseItem: item(created) } };
      }
      case 'UpdatePromiseItem': {
        const found = state.items.find((entry) => entry.id === variables.id)!;
        Object.assign(found, { text: text(variables.input.text.fi, variables.input.text.sv, variables.input.text.en), goalIds: variables.input.goalIds });
        return { data: { updateServicePromiseItem: item(found) } };
      }
      case 'DeletePromiseItem':
        state.items = state.items.filter((entry) => entry.id !== variables.id);
        return { data: { deleteServicePromiseItem: variables.id } };
      case 'ReorderPromiseItems':
        (variables.ids as string[]).forEach((id, index) => {
          const found = state.items.find((entry) => entry.id === id);
          if (found) found.sortOrder = index;
        });
        return { data: { reorderServicePromiseItems: state.items.map((entry) => ({ __typename: 'ServicePromiseItem', id: entry.id, sortOrder: entry.sortOrder })) } };
      case 'PublishPromise':
        state.published = variables.published;
        return { data: { publishServicePromise: { __typename: 'Strategy', id: '1', promisePublished: state.published, promisePublishedAt: state.published ? '2026-12-06T10:00:00.000Z' : null } } };
      default:
        return { errors: [{ message: `unexpected ${operation.operationName}` }] };
    }
  };
  return { state, answer };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

function renderEditor(answer: (operation: MockOperation) => MockAnswer) {
  const mock = mockGraphQLClient(answer, { cache: true });
  // A data router: the unsaved-changes guard (useBlocker) needs one, as in the app.
  const router = createMemoryRouter(
    [
      { path: '/strategies/:strategyId/promise', element: <><PromiseEditorView /><LocationProbe /></> },
      { path: '*', element: <LocationProbe /> },
    ],
    { initialEntries: ['/strategies/1/promise'] },
  );
  render(
    <I18nextProvider i18n={setUpI18n('fi')}>
      <Provider value={mock.client}>
        <RouterProvider router={router} />
      </Provider>
    </I18nextProvider>,
  );
  return mock;
}

const itemTexts = () => within(screen.getByTestId('promise-items')).getAllByRole('listitem').map((element) => element.querySelector('.promise-editor__text')?.textContent);
const sent = (mock: ReturnType<typeof renderEditor>, name: string) => mock.operations.filter((operation) => operation.operationName === name);

describe('the promise editor', () => {
  test('only for those who may edit the strategy', async () => {
    const server = fakeServer({ ...admin, role: 'VIEWER', permissions: [] });
    const mock = renderEditor(server.answer);
    expect(await screen.findByTestId('access-message')).toBeTruthy();
    expect(sent(mock, 'PromiseEditor')).toEqual([]);
  });

  test('lists the items in order with their goals and missing translations', async () => {
    renderEditor(fakeServer().answer);
    await screen.findByTestId('promise-items');
    expect(itemTexts()).toEqual(['Pääset hoitoon viikossa', 'Apu tulee nopeasti', 'Asiointi on helppoa']);
    const second = screen.getAllByRole('listitem').find((element) => element.getAttribute('data-item-id') === '12')!;
    expect(second.querySelector('.promise-editor__meta')?.textContent).toBe('2 tavoitetta: Pelastus on nopeaa · Ensihoito ehtii · Puuttuu: ruotsi, englanti');
  });

  test('problems are said next to their fields before anything is sent', async () => {
    const mock = renderEditor(fakeServer().answer);
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää kohta' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Lupaus suomeksi'));
    fireEvent.change(screen.getByLabelText('Lupaus ruotsiksi (vapaaehtoinen)'), { target: { value: 'x'.repeat(1001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna kohta' }));
    expect(screen.getByLabelText('Lupaus suomeksi').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(screen.getByLabelText('Lupaus suomeksi').getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).toBe('Kirjoita lupaus suomeksi.');
    expect(screen.getAllByText('Teksti on liian pitkä: enintään 1000 merkkiä (nyt 1001).').length).toBe(2);
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true);
    expect(sent(mock, 'CreatePromiseItem')).toEqual([]);
    // Editing a field takes its problem away; the other stays until it is fixed.
    fireEvent.change(screen.getByLabelText('Lupaus suomeksi'), { target: { value: 'Lupaus' } });
    expect(screen.queryByText('Kirjoita lupaus suomeksi.')).toBeNull();
    expect(screen.getByLabelText('Lupaus suomeksi').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getAllByText('Teksti on liian pitkä: enintään 1000 merkkiä (nyt 1001).').length).toBe(2);
  });

  test('a new item is saved with its texts and ticked goals, and the keyboard lands on it', async () => {
    const mock = renderEditor(fakeServer().answer);
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää kohta' }));
    fireEvent.change(screen.getByLabelText('Lupaus suomeksi'), { target: { value: '  Saat vastauksen päivässä ' } });
    fireEvent.change(screen.getByLabelText('Lupaus englanniksi (vapaaehtoinen)'), { target: { value: 'You get an answer within a day' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Ensihoito ehtii/ }));
    expect(screen.getByText(/Tallentamattomia muutoksia/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna kohta' }));
    await waitFor(() => expect(itemTexts()).toContain('Saat vastauksen päivässä'));
    expect(sent(mock, 'CreatePromiseItem')[0]?.variables).toEqual({
      input: { strategyId: '1', text: { fi: 'Saat vastauksen päivässä', sv: null, en: 'You get an answer within a day' }, goalIds: ['3'] },
    });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Muokkaa kohtaa: Saat vastauksen päivässä'));
    expect(screen.getByTestId('promise-notice').textContent).toBe('Kohta lisätty.');
  });

  test('the server’s field problem is shown next to that field', async () => {
    const server = fakeServer();
    renderEditor((operation) =>
      operation.operationName === 'UpdatePromiseItem'
        ? { errors: [{ message: 'bad input', extensions: { code: 'BAD_USER_INPUT', field: 'input.goalIds.0', reason: 'goal 9 belongs to another strategy' } }] }
        : server.answer(operation),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa kohtaa: Apu tulee nopeasti' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna kohta' }));
    expect(await screen.findAllByText('Palvelin ei hyväksynyt kenttää: goal 9 belongs to another strategy')).toHaveLength(2);
  });

  test('moving an item sends the whole new order and keeps the keyboard on the moved item', async () => {
    const mock = renderEditor(fakeServer().answer);
    fireEvent.click(await screen.findByRole('button', { name: 'Siirrä alas: Pääset hoitoon viikossa' }));
    await waitFor(() => expect(itemTexts()).toEqual(['Apu tulee nopeasti', 'Pääset hoitoon viikossa', 'Asiointi on helppoa']));
    expect(sent(mock, 'ReorderPromiseItems')[0]?.variables).toEqual({ strategyId: '1', ids: ['12', '11', '13'] });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Siirrä alas: Pääset hoitoon viikossa'));
    fireEvent.click(screen.getByRole('button', { name: 'Siirrä alas: Pääset hoitoon viikossa' }));
    await waitFor(() => expect(itemTexts()).toEqual(['Apu tulee nopeasti', 'Asiointi on helppoa', 'Pääset hoitoon viikossa']));
    // At the bottom "down" is disabled: the keyboard is on "up" instead.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Siirrä ylös: Pääset hoitoon viikossa'));
    expect(screen.getByTestId('promise-notice').textContent).toBe('Kohta siirrettiin paikalle 3/3.');
  });

  test('a deleted item comes back where it was, with its texts and goals, when undone', async () => {
    const server = fakeServer();
    const mock = renderEditor(server.answer);
    fireEvent.click(await screen.findByRole('button', { name: 'Poista kohta: Apu tulee nopeasti' }));
    await waitFor(() => expect(itemTexts()).toEqual(['Pääset hoitoon viikossa', 'Asiointi on helppoa']));
    expect(sent(mock, 'DeletePromiseItem')[0]?.variables).toEqual({ id: '12' });
    const notice = within(screen.getByTestId('promise-notice'));
    expect(notice.getByText('Kohta ”Apu tulee nopeasti” poistettiin.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.classList.contains('promise-toast')).toBe(true));
    fireEvent.click(notice.getByRole('button', { name: 'Kumoa poisto' }));
    await waitFor(() => expect(itemTexts()).toEqual(['Pääset hoitoon viikossa', 'Apu tulee nopeasti', 'Asiointi on helppoa']));
    expect(sent(mock, 'CreatePromiseItem')[0]?.variables).toEqual({
      input: { strategyId: '1', text: { fi: 'Apu tulee nopeasti', sv: null, en: null }, goalIds: ['2', '3'], sortOrder: 1 },
    });
    expect(sent(mock, 'ReorderPromiseItems')[0]?.variables).toEqual({ strategyId: '1', ids: ['11', '30', '13'] });
    expect(screen.getByTestId('promise-notice').textContent).toBe('Kohta ”Apu tulee nopeasti” palautettiin.');
  });

  test('leaving with unsaved changes asks first, and staying keeps the draft', async () => {
    renderEditor(fakeServer().answer);
    fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa kohtaa: Asiointi on helppoa' }));
    fireEvent.change(screen.getByLabelText('Lupaus suomeksi'), { target: { value: 'Asiointi on aina helppoa' } });
    fireEvent.click(screen.getByRole('link', { name: 'Strategiat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Jää muokkaamaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getAllByTestId('location')[0]?.textContent).toBe('/strategies/1/promise');
    expect((screen.getByLabelText('Lupaus suomeksi') as HTMLTextAreaElement).value).toBe('Asiointi on aina helppoa');
    fireEvent.click(screen.getByRole('link', { name: 'Strategiat' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Poistu tallentamatta' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/strategies'));
  });

  test('without changes, leaving does not ask', async () => {
    renderEditor(fakeServer().answer);
    fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa kohtaa: Asiointi on helppoa' }));
    fireEvent.click(screen.getByRole('link', { name: 'Strategiat' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/strategies'));
  });

  test('publishing shows the public address; withdrawing asks first', async () => {
    const server = fakeServer();
    const mock = renderEditor(server.answer);
    fireEvent.click(await screen.findByRole('button', { name: 'Julkaise palvelulupaus' }));
    const address = (await screen.findByLabelText('Julkinen osoite')) as HTMLInputElement;
    expect(address.value).toBe(`${window.location.origin}/promise/1`);
    expect(sent(mock, 'PublishPromise')[0]?.variables).toEqual({ strategyId: '1', published: true });
    expect(screen.getByRole('link', { name: 'Svenska' }).getAttribute('href')).toBe('/promise/1?lang=sv');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    fireEvent.click(screen.getByRole('button', { name: 'Poista julkaisu' }));
    expect(confirm).toHaveBeenCalled();
    expect(sent(mock, 'PublishPromise')).toHaveLength(1);
    confirm.mockReturnValue(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Poista julkaisu' }));
    });
    await screen.findByRole('button', { name: 'Julkaise palvelulupaus' });
    expect(sent(mock, 'PublishPromise')[1]?.variables).toEqual({ strategyId: '1', published: false });
  });
});
