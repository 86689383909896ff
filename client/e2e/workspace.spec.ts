import { type APIRequestContext, request as playwrightRequest } from '@playwright/test';
import { DEMO_USERS, expect, expectNoSeriousA11yViolations, saveScreenshot, signInAs, test, waitForContent } from './fixtures';

/**
 * The strategy workspace on the demo strategy, as its strategy editor uses it: every view checked
 * with axe and photographed, reordering by keyboard, undo, unsaved changes, a target caught on the
 * wrong side of its baseline, and copying the strategy to the next term. The tests put back what they
 * change (the order, the link); the last hook deletes the copy.
 */

const PLACEMENTS = 'Kodin ulkopuolelle sijoitettujen lasten osuus pienenee';
const FIRST_ACCESS_GOAL = 'Perusterveydenhuollon hoitoon pääsee hoitotakuun ajassa';
const SECOND_ACCESS_GOAL = 'Mielenterveyspalveluihin pääsee nopeasti';
let copyId: string | null = null;

async function editorApi(baseURL: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.post('/api/session', { data: DEMO_USERS.editor })).status()).toBe(200);
  return api;
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'editor');
});

test.afterAll(async ({ baseURL }) => {
  if (!copyId) return;
  const api = await editorApi(baseURL as string);
  const response = await api.post('/graphql', { data: { query: 'mutation($id: ID!) { deleteStrategy(id: $id) }', variables: { id: copyId } } });
  expect((await response.json()).errors).toBeUndefined();
  await api.dispose();
});

test('every view of the workspace, checked with axe and photographed', async ({ page }) => {
  // The review tests approve a second review when they run first: the figures are read, not assumed.
  const counts = await page.request
    .post('/graphql', { data: { query: '{ strategy(id: "1") { reviewCount approvedReviewCount } }' } })
    .then(async (response) => (await response.json()).data.strategy as { reviewCount: number; approvedReviewCount: number });
  expect(counts.approvedReviewCount).toBeGreaterThan(0);
  const one = counts.approvedReviewCount === 1;
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Strategiat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategiat' })).toBeVisible();
  await waitForContent(page);
  await expect(page.getByTestId('strategies-table').locator('tr[data-strategy-id="1"]')).toContainText(
    `${counts.reviewCount} (${counts.approvedReviewCount} ${one ? 'hyväksytty' : 'hyväksyttyä'})`,
  );
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-strategies');

  await page.getByRole('link', { name: 'Etelä-Savon hyvinvointialueen palvelustrategia 2026–2029 (demo)', exact: true }).click();
  await expect(page).toHaveURL(/\/strategies\/1$/);
  await waitForContent(page);
  await expect(page.getByLabel('Nimi suomeksi')).toHaveValue('Etelä-Savon hyvinvointialueen palvelustrategia 2026–2029 (demo)');
  // An approved review is kept as approved: the strategy offers no delete, and says why.
  await expect(page.getByTestId('delete-refused')).toContainText(
    one ? '1 hallituksen hyväksymä katsaus' : `${counts.approvedReviewCount} hallituksen hyväksymää katsausta`,
  );
  await expect(page.getByRole('button', { name: /^Poista strategia/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-details');

  await page.getByRole('navigation', { name: 'Strategian osat' }).getByRole('link', { name: 'Tavoitteet' }).click();
  await waitForContent(page);
  await page.getByRole('link', { name: PLACEMENTS, exact: true }).click();
  const links = page.getByTestId('links-table');
  await expect(links.locator('tbody tr')).toHaveCount(3);
  // Weights 2, 1 and 1 are shares of the goal: a half and two quarters.
  await expect(links.getByTestId('link-share')).toHaveText(['50 %', '25 %', '25 %']);
  // A strategy editor may not list users: the goal's owning user is shown, chosen by an admin.
  await expect(page.getByText('Käyttäjän valitsee ylläpitäjä.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-goals');

  await page.getByRole('navigation', { name: 'Strategian osat' }).getByRole('link', { name: 'Mittarit' }).click();
  await waitForContent(page);
  await page.getByLabel('Hae luettelosta').fill('1244');
  await expect(page).toHaveURL(/indicators\?q=1244$/);
  await expect(page.getByTestId('catalogue-table').locator('tr[data-sotkanet-id="1244"]')).toContainText('Lisätty (sotkanet:1244)');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-indicators');

  await page.getByRole('navigation', { name: 'Strategian osat' }).getByRole('link', { name: 'Tavoitearvot' }).click();
  await waitForContent(page);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-targets');
  await page.getByTestId('targets-index').locator('tr[data-indicator="sotkanet:1244"]').getByRole('link').click();
  await page.getByTestId('targets-table').getByRole('link', { name: 'Muokkaa: Savonlinna' }).click();
  await waitForContent(page);
  await expect(page.getByTestId('target-preview').locator('.recharts-line').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-target-editor');
});

test('goals move up and down from the keyboard, and a removed indicator link comes back with Undo', async ({ page }) => {
  await page.goto('/strategies/1/goals');
  await waitForContent(page);
  const access = page.locator('section[data-perspective-id]').first();
  const titles = access.locator(':scope > ol > li > .goal-tree__item .goal-tree__title a');
  await expect(titles.first()).toHaveText(FIRST_ACCESS_GOAL);

  await page.getByRole('button', { name: `Siirrä alemmas: ${FIRST_ACCESS_GOAL}` }).focus();
  await page.keyboard.press('Enter');
  await expect(titles.nth(0)).toHaveText(SECOND_ACCESS_GOAL);
  await expect(titles.nth(1)).toHaveText(FIRST_ACCESS_GOAL);
  await expect(page.getByTestId('toast')).toContainText(`${FIRST_ACCESS_GOAL} on nyt sijalla 2/4.`);
  // Focus stays on the button pressed, now in its new place: the next press moves the goal again.
  await expect(page.getByRole('button', { name: `Siirrä alemmas: ${FIRST_ACCESS_GOAL}` })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: `Siirrä ylemmäs: ${FIRST_ACCESS_GOAL}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(titles.nth(0)).toHaveText(FIRST_ACCESS_GOAL);

  await page.getByRole('link', { name: PLACEMENTS, exact: true }).click();
  const rows = page.getByTestId('links-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  const removed = rows.nth(2);
  const code = await removed.getAttribute('data-indicator');
  await removed.getByRole('button', { name: /^Poista liitos/ }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('links-table').getByTestId('link-share')).toHaveText(['67 %', '33 %']);
  await page.getByTestId('toast').getByRole('button', { name: 'Kumoa' }).click();
  await expect(page.getByTestId('toast')).toContainText('Kumottu');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('links-table').locator(`tr[data-indicator="${code}"]`)).toHaveCount(1);
});

test('leaving a goal with unsaved changes asks first', async ({ page }) => {
  await page.goto('/strategies/1/goals');
  await waitForContent(page);
  await page.getByRole('link', { name: PLACEMENTS, exact: true }).click();
  await page.getByLabel('Tavoite englanniksi (valinnainen)').fill('Fewer children placed outside the home (draft)');
  await page.getByRole('navigation', { name: 'Strategian osat' }).getByRole('link', { name: 'Mittarit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tallentamattomia muutoksia' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Jää sivulle' })).toBeFocused();
  await saveScreenshot(page, 'workspace-unsaved-changes');
  await dialog.getByRole('button', { name: 'Jää sivulle' }).click();
  await expect(page).toHaveURL(/\/goals\/\d+$/);
  await expect(page.getByLabel('Tavoite englanniksi (valinnainen)')).toHaveValue('Fewer children placed outside the home (draft)');
  await page.getByRole('navigation', { name: 'Strategian osat' }).getByRole('link', { name: 'Mittarit' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Poistu tallentamatta' }).click();
  await expect(page).toHaveURL(/\/strategies\/1\/indicators$/);
});

test('a target on the wrong side of its baseline is caught in the form', async ({ page }) => {
  await page.goto('/strategies/1/targets/sotkanet%3A1244/new');
  await waitForContent(page);
  const editor = page.getByTestId('target-editor');
  await editor.getByLabel('Alue').selectOption({ label: 'Mikkeli' });
  await editor.getByLabel('Lähtötason ajankohta').fill('2022');
  await editor.getByLabel('Ajankohta 1').fill('2021');
  await editor.getByLabel('Tavoite 1').fill('1,0');
  // The server's check says so as the user types, next to the point…
  await expect(editor.getByTestId('target-warnings')).toContainText('Ajankohta 2021 ei ole lähtötason ajankohdan 2022 jälkeen');
  await expect(editor.getByTestId('target-warnings')).toContainText('Estää tallennuksen:');
  // …and saving is refused by the form itself.
  await editor.getByRole('button', { name: 'Tallenna tavoitearvo' }).click();
  await expect(editor.getByRole('alert')).toContainText('Ajankohta 1: Tavoitepisteen pitää olla lähtötason ajankohdan 2022 jälkeen.');
  await expect(editor.getByLabel('Ajankohta 1')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-target-wrong-side');
  await expect(page.getByTestId('targets-table').locator('tbody tr')).toHaveCount(2);

  // Put right, the target could be saved; it is not, so the demo keeps its two targets.
  await editor.getByLabel('Ajankohta 1').fill('2029');
  await expect(editor.getByTestId('target-warnings')).toHaveCount(0);
  await editor.getByRole('link', { name: 'Peruuta' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Poistu tallentamatta' }).click();
  await expect(page).toHaveURL(/\/targets\/sotkanet%3A1244$/);
});

test('copying the strategy to the next term: the copy opens with the same goals and no reviews', async ({ page }) => {
  await page.goto('/strategies/1');
  await waitForContent(page);
  const originalGoals = await page.request
    .post('/graphql', { data: { query: '{ strategy(id: "1") { goals { title { fi } } } }' } })
    .then(async (response) => ((await response.json()).data.strategy.goals as Array<{ title: { fi: string } }>).map((goal) => goal.title.fi));
  expect(originalGoals.length).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: 'Strategian osat' }).getByRole('link', { name: 'Kopioi uudelle kaudelle' }).click();
  await expect(page.getByLabel('Nimi suomeksi')).toHaveValue('Etelä-Savon hyvinvointialueen palvelustrategia 2030–2033 (demo)');
  await expect(page.getByLabel('Alkamisvuosi')).toHaveValue('2030');
  await expect(page.getByLabel('Päättymisvuosi')).toHaveValue('2033');
  await expect(page.getByLabel('Lähtötason vuosi')).toHaveValue('2029');
  await page.getByLabel('Lähtötason vuosi').fill('2024');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'workspace-copy');
  await page.getByRole('button', { name: 'Kopioi strategia' }).click();

  await expect(page).toHaveURL(/\/strategies\/(\d+)\/goals$/);
  copyId = /\/strategies\/(\d+)\/goals$/.exec(page.url())?.[1] ?? null;
  expect(copyId).not.toBe('1');
  await expect(page.getByRole('heading', { level: 1, name: 'Etelä-Savon hyvinvointialueen palvelustrategia 2030–2033 (demo)' })).toBeVisible();
  await waitForContent(page);
  const copiedGoals = await page.locator('.goal-tree__title a').allTextContents();
  expect([...copiedGoals].sort()).toEqual([...originalGoals].sort());
  await saveScreenshot(page, 'workspace-copy-goals');

  await page.getByRole('link', { name: 'Strategiat', exact: true }).first().click();
  await expect(page.getByTestId('strategies-table').locator(`tr[data-strategy-id="${copyId}"]`)).toContainText('0 (0 hyväksyttyä)');
  await page.goto(`/reviews?strategy=${copyId}`);
  await waitForContent(page);
  await expect(page.getByText('Strategialle ei ole vielä avattu katsauksia.')).toBeVisible();
});
