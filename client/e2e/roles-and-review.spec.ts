import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectConsoleErrors, expectNoSeriousA11yViolations, saveScreenshot, signInAs, test, waitForContent } from './fixtures';

/**
 * Sign-in, what each demo role may do, and the board's quarterly review from the owner's assessment
 * to the approved, printed report. The tests share one database and run in this order: the role
 * checks look at the 2026Q3 draft before the last test approves it.
 */

const PLACEMENTS_GOAL = 'Kodin ulkopuolelle sijoitettujen lasten osuus pienenee';

async function openReview(page: Page, quarter: '2026Q2' | '2026Q3') {
  await page.goto('/reviews');
  await waitForContent(page);
  await page.getByTestId('reviews-table').locator(`tr[data-quarter="${quarter}"]`).getByRole('link').click();
  const label = quarter === '2026Q3' ? 'Q3/2026' : 'Q2/2026';
  await expect(page.getByRole('heading', { level: 1, name: `Neljännesvuosikatsaus ${label}` })).toBeVisible();
  await waitForContent(page);
}

function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Päävalikko' });
}

test('sign in through the form, with a wrong password first, and come back to where you were', async ({ page, consoleErrors }) => {
  await page.goto('/reviews');
  await waitForContent(page);
  // The reviews list, as anyone may read it: checked and photographed like every other view.
  await expect(page.getByTestId('reviews-table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'reviews');
  await page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' }).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Freviews$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'sign-in');

  // Nothing filled in: each field says what is missing.
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Anna käyttäjätunnus.');
  await expect(page.getByLabel('Käyttäjätunnus')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Käyttäjätunnus').fill('board');
  await page.getByLabel('Salasana').fill('not-the-password');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Käyttäjätunnus tai salasana on väärin.');
  await expect(page.getByRole('alert')).toBeFocused();
  // The browser logs the server's 401 answer itself.
  expectConsoleErrors(consoleErrors, /401/);

  await page.getByLabel('Salasana').fill('demo-board');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/reviews$/);
  const menu = page.getByTestId('user-menu');
  await expect(menu).toContainText('Aluehallituksen jäsen (demo)');
  await expect(menu).toContainText('Hallitus');

  await menu.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();
});

test.describe('what each role sees and may do', () => {
  test('signed out: reading is open, writing asks to sign in', async ({ page }) => {
    await page.goto('/data');
    await waitForContent(page);
    await expect(page.getByLabel('Tiedosto (CSV, JSON tai Excel)')).toHaveCount(0);
    const access = page.getByTestId('access-message');
    await expect(access).toContainText('Kirjautuminen tarvitaan');
    await expect(access.getByRole('link', { name: 'Kirjaudu sisään' })).toHaveAttribute('href', '/sign-in?returnTo=%2Fdata');
    await expect(page.getByTestId('loads-table')).toBeVisible();
    await page.goto('/users');
    await expect(page.getByTestId('access-message')).toContainText('ylläpitäjänä');
  });

  test('viewer: reads, but no upload, no undo, no review actions, no audit', async ({ page }) => {
    await signInAs(page, 'viewer');
    await page.goto('/data');
    await waitForContent(page);
    await expect(page.getByTestId('user-menu')).toContainText('Lukija');
    await expect(page.getByLabel('Tiedosto (CSV, JSON tai Excel)')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Peru lataus' })).toHaveCount(0);
    await expect(page.getByTestId('access-message')).toContainText('Kirjaudu sisään analyytikkona.');
    await expect(mainNavigation(page).getByRole('link', { name: 'Muutoshistoria' })).toHaveCount(0);
    await expect(mainNavigation(page).getByRole('link', { name: 'Käyttäjät' })).toHaveCount(0);

    await openReview(page, '2026Q3');
    await expect(page.getByRole('button', { name: /^Hyväksy/ })).toHaveCount(0);
    await expect(page.getByTestId('assessment-form')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Tulosta tai tallenna PDF:ksi' })).toBeVisible();

    await page.goto('/audit');
    await expect(page.getByTestId('access-message')).toContainText('Ei oikeutta');
    await expectNoSeriousA11yViolations(page);
  });

  test('analyst: upload and undo, but no approval and no audit', async ({ page }) => {
    await signInAs(page, 'analyst');
    await page.goto('/data');
    await waitForContent(page);
    await expect(page.getByTestId('user-menu')).toContainText('Analyytikko');
    await expect(page.getByLabel('Tiedosto (CSV, JSON tai Excel)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Peru lataus' }).first()).toBeVisible();
    await expect(mainNavigation(page).getByRole('link', { name: 'Muutoshistoria' })).toHaveCount(0);
    await openReview(page, '2026Q3');
    await expect(page.getByRole('button', { name: /^Hyväksy/ })).toHaveCount(0);
    await expect(page.getByTestId('assessment-form')).toHaveCount(0);
  });

  test('goal owner: the assessment form on their own goals of the draft only', async ({ page }) => {
    await signInAs(page, 'owner');
    await openReview(page, '2026Q3');
    const forms = page.getByTestId('assessment-form');
    await expect(forms).toHaveCount(2);
    await expect(page.locator('article[data-goal-id="5"]').getByTestId('assessment-form')).toHaveCount(1);
    await expect(page.locator('article[data-goal-id="6"]').getByTestId('assessment-form')).toHaveCount(1);
    await expect(page.locator('article[data-goal-id="1"]').getByTestId('assessment-form')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Hyväksy/ })).toHaveCount(0);
    await expect(page.getByLabel('Tiedosto (CSV, JSON tai Excel)')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The approved quarter is frozen: no form there, and the earlier assessment is shown.
    await openReview(page, '2026Q2');
    await expect(page.getByTestId('assessment-form')).toHaveCount(0);
    await expect(page.getByTestId('approval-notice')).toBeVisible();
    await expect(page.locator('article[data-goal-id="5"]').getByTestId('narrative')).toContainText('Savonlinnassa kasvu jatkuu');
  });

  test('board: may open a review and sees Approve on the draft, but writes no assessment', async ({ page }) => {
    await signInAs(page, 'board');
    await page.goto('/reviews');
    await waitForContent(page);
    await expect(page.getByRole('button', { name: /^Avaa neljänneksen .* katsaus$/ })).toBeVisible();
    await expect(page.getByTestId('reviews-table').locator('tr[data-quarter="2026Q2"]')).toContainText('Hyväksytty');
    await openReview(page, '2026Q3');
    await expect(page.getByRole('button', { name: 'Hyväksy katsaus Q3/2026' })).toBeVisible();
    await expect(page.getByTestId('assessment-form')).toHaveCount(0);
    await expect(mainNavigation(page).getByRole('link', { name: 'Muutoshistoria' })).toHaveCount(0);
  });

  test('admin: the audit trail with filters in the URL, and users with API tokens', async ({ page }) => {
    await signInAs(page, 'admin');
    await page.goto('/');
    await waitForContent(page);
    await mainNavigation(page).getByRole('link', { name: 'Muutoshistoria' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Muutoshistoria' })).toBeVisible();
    await waitForContent(page);
    const events = page.getByTestId('audit-table').locator('tbody tr');
    await expect(events.first()).toBeVisible();
    // Newest first: this test's own sign-in is at the top.
    await expect(events.first()).toContainText('admin');
    await expect(events.first()).toContainText('signIn');

    await page.getByLabel('Toiminto').fill('signIn');
    await page.getByRole('button', { name: 'Rajaa', exact: true }).click();
    await expect(page).toHaveURL(/\/audit\?action=signIn$/);
    await waitForContent(page);
    const actions = await events.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['signIn']));
    await page.reload();
    await waitForContent(page);
    await expect(page.getByLabel('Toiminto')).toHaveValue('signIn');
    await page.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await waitForContent(page);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'audit');

    await mainNavigation(page).getByRole('link', { name: 'Käyttäjät' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();
    await waitForContent(page);
    const users = page.getByTestId('users-table');
    const demoRoles: Array<[string, string]> = [
      ['viewer', 'VIEWER'],
      ['analyst', 'ANALYST'],
      ['owner', 'GOAL_OWNER'],
      ['board', 'BOARD'],
      ['admin', 'ADMIN'],
    ];
    for (const [username, role] of demoRoles) {
      await expect(users.locator(`tr[data-username="${username}"]`).getByLabel(`Käyttäjän ${username} rooli`)).toHaveValue(role);
    }

    // A token for the analyst's scripts: shown once, it works as a bearer token, and it can be revoked.
    const analyst = users.locator('tr[data-username="analyst"]');
    await analyst.locator('summary').click();
    await analyst.getByLabel('Uuden avaimen nimi').fill('e2e-skripti');
    await analyst.getByRole('button', { name: 'Luo avain' }).click();
    const created = page.getByTestId('created-token');
    await expect(created).toContainText('Uusi API-avain e2e-skripti käyttäjälle analyst');
    const token = await created.getByTestId('token-value').inputValue();
    expect(token.length).toBeGreaterThan(20);
    const asAnalyst = await page.request.post('/graphql', {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      data: { query: '{ viewer { username } }' },
    });
    expect((await asAnalyst.json()).data.viewer.username).toBe('analyst');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'users');

    await created.getByRole('button', { name: 'Olen tallentanut avaimen' }).click();
    await expect(created).toHaveCount(0);
    page.once('dialog', (dialog) => void dialog.accept());
    await analyst.getByRole('button', { name: 'Mitätöi: e2e-skripti' }).click();
    await expect(page.getByText('Avain e2e-skripti mitätöitiin.')).toBeVisible();
    await expect(analyst.getByRole('button', { name: 'Mitätöi: e2e-skripti' })).toHaveCount(0);
    const revoked = await page.request.post('/graphql', {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      data: { query: '{ viewer { username } }' },
    });
    expect((await revoked.json()).data?.viewer ?? null).toBeNull();
  });
});

test('the board path: the owner assesses, the board reads what changed and why, approves and prints', async ({ page }) => {
  test.setTimeout(120_000);
  const reason = 'Perhetyön uusi malli aloitettiin syyskuussa; vaikutus näkyy luvuissa viiveellä.';
  const narrative = 'Sijoitusten kasvu on taittunut Mikkelissä. Savonlinnaan on palkattu kaksi perhetyöntekijää lisää.';

  // 1. The goal owner writes the assessment of their goal in the 2026Q3 draft, overriding the status.
  await signInAs(page, 'owner');
  await openReview(page, '2026Q3');
  const goal = page.locator('article[data-goal-id="5"]');
  await expect(goal.getByRole('heading', { level: 3, name: PLACEMENTS_GOAL })).toBeVisible();
  const computed = (await goal.getByTestId('computed-status').innerText()).trim();
  const override = computed === 'Vaatii vauhdittamista' ? 'LIMITED_PROGRESS' : 'NEEDS_ACCELERATION';
  const overrideLabel = override === 'LIMITED_PROGRESS' ? 'Vähäistä edistystä' : 'Vaatii vauhdittamista';
  await goal.getByLabel('Tila omistajan arviona').selectOption(override);
  // Overriding without a reason is refused in place.
  await goal.getByLabel('Arvio ja tilannekuvaus').fill(narrative);
  await goal.getByRole('button', { name: 'Tallenna arvio' }).click();
  await expect(goal.getByRole('alert')).toContainText('Kirjoita perustelu, kun poikkeat lasketusta tilasta.');
  await goal.getByLabel('Perustelu poikkeamalle').fill(reason);
  await goal.getByRole('button', { name: 'Tallenna arvio' }).click();
  await expect(goal.getByText(/^Arvio tallennettu/)).toBeVisible();
  await expect(goal.getByTestId('override-reason')).toHaveText(reason);
  await expect(goal.getByTestId('status-override')).toContainText(overrideLabel);
  await expect(page.getByTestId('what-changed')).toContainText(reason);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'review-draft');
  await page.getByTestId('user-menu').getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' })).toBeVisible();

  // 2. A board member signs in and opens the quarter's review from the navigation.
  await mainNavigation(page).getByRole('link', { name: 'Katsaukset' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Kirjaudu sisään' }).click();
  await page.getByLabel('Käyttäjätunnus').fill('board');
  await page.getByLabel('Salasana').fill('demo-board');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page).toHaveURL(/\/reviews/);
  await expect(page.getByTestId('user-menu')).toContainText('Hallitus');
  await waitForContent(page);
  await page.getByTestId('reviews-table').locator('tr[data-quarter="2026Q3"]').getByRole('link', { name: 'Katsaus Q3/2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neljännesvuosikatsaus Q3/2026' })).toBeVisible();
  await waitForContent(page);

  // 3. What changed since the previous quarter, and why: the owner's status, reason and narrative.
  await expect(page.getByTestId('draft-notice')).toBeVisible();
  const changes = page.getByTestId('what-changed');
  await expect(changes.getByRole('heading', { name: 'Mikä muuttui neljänneksestä Q2/2026 ja miksi' })).toBeVisible();
  const changed = changes.locator('li[data-goal-id="5"]');
  await expect(changed).toContainText(PLACEMENTS_GOAL);
  await expect(changed).toContainText(overrideLabel);
  await expect(changed).toContainText(reason);
  await expect(changed).toContainText(narrative);
  await expect(goal.getByTestId('status-change')).not.toBeEmpty();
  await expect(goal.getByTestId('previous-status')).not.toBeEmpty();

  // The figures as CSV.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa luvut (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('katsaus-2026Q3.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv).toContain('quarter,perspective,goal_id,goal,goal_status');
  expect(csv).toContain(`2026Q3,Vaikuttavuus,5,${PLACEMENTS_GOAL}`);
  expect(csv).toContain(override);

  // 4. Approve, after confirming; the page then shows who approved and that the review is frozen.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Hyväksy katsaus Q3/2026' }).click();
  await expect(page.getByTestId('approval-notice')).toContainText('Hallitus hyväksyi katsauksen');
  await expect(page.getByTestId('approval-notice')).toContainText('lukittu');
  await expect(page.getByText('Neljänneksen Q3/2026 katsaus on hyväksytty ja lukittu.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Hyväksy/ })).toHaveCount(0);
  await expect(changed).toContainText(reason);
  await waitForContent(page);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'review-approved');

  // 5. Print: the button opens the browser's print; the print layout is a clean document.
  await page.evaluate(() => {
    const calls = { count: 0 };
    (window as unknown as { printCalls: typeof calls }).printCalls = calls;
    window.print = () => {
      calls.count += 1;
    };
  });
  await page.getByRole('button', { name: 'Tulosta tai tallenna PDF:ksi' }).click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: { count: number } }).printCalls.count)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  // The browser announces printing; the page opens the charts' tables for it.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(mainNavigation(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tulosta tai tallenna PDF:ksi' })).toBeHidden();
  await expect(page.getByTestId('user-menu')).toBeHidden();
  await expect(page.getByTestId('approval-notice')).toBeVisible();
  const pdfPath = join(process.cwd(), 'test-results', 'board-report.pdf');
  const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.byteLength).toBeGreaterThan(20_000);
  expect(statSync(pdfPath).size).toBe(pdf.byteLength);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  // 6. The list shows the approval, and the goal view keeps the owner's narrative history.
  await mainNavigation(page).getByRole('link', { name: 'Katsaukset' }).click();
  await waitForContent(page);
  await expect(page.getByTestId('reviews-table').locator('tr[data-quarter="2026Q3"]')).toContainText('Hyväksytty');
  await page.goto('/goals/5');
  await waitForContent(page);
  const history = page.getByTestId('goal-assessments');
  await expect(history).toContainText('Neljännesvuosikatsaus Q3/2026');
  await expect(history).toContainText(narrative);
  await expect(history).toContainText('Neljännesvuosikatsaus Q2/2026');
});
