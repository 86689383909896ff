import { expect, test, waitForContent } from './fixtures';

test('overview filters go to the URL, change the figures and survive a reload', async ({ page }) => {
  await page.goto('/');
  await waitForContent(page);
  const scope = page.getByTestId('overview-scope');
  await expect(scope).toContainText('Etelä-Savon hyvinvointialue');

  await page.getByLabel('Alue', { exact: true }).selectOption({ label: 'Savonlinna' });
  await expect(page).toHaveURL(/[?&]area=740/);
  await expect(scope).toContainText('Savonlinna');

  await page.getByLabel('Palvelukokonaisuus', { exact: true }).selectOption({ label: 'Ikääntyneet' });
  await expect(page).toHaveURL(/[?&]serviceArea=\d+/);
  await expect(scope).toContainText('Ikääntyneet');

  await page.getByLabel('Tilanne', { exact: true }).selectOption('2025Q2');
  await expect(page).toHaveURL(/[?&]asOf=2025Q2/);
  await expect(scope).toContainText('Q2/2025');
  await waitForContent(page);

  // A deep link: the same view after a reload.
  await page.reload();
  await waitForContent(page);
  await expect(page.getByLabel('Alue', { exact: true })).toHaveValue('740');
  await expect(page.getByLabel('Tilanne', { exact: true })).toHaveValue('2025Q2');
  await expect(scope).toContainText('Savonlinna · Ikääntyneet');

  // Filters follow into other views.
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kunnat × tavoitteet' }).click();
  await expect(page).toHaveURL(/\/matrix\?.*asOf=2025Q2/);
  await expect(page.getByLabel('Tilanne', { exact: true })).toHaveValue('2025Q2');

  // Back to the whole county and the latest data.
  await page.getByLabel('Tilanne', { exact: true }).selectOption('');
  await expect(page).not.toHaveURL(/asOf=/);
  await page.getByLabel('Palvelukokonaisuus', { exact: true }).selectOption('');
  await expect(page).not.toHaveURL(/serviceArea=/);
});

test('indicator filters: area, service area, comparison scope and period', async ({ page }) => {
  await page.goto('/indicators/internal%3Acustomer-satisfaction');
  await waitForContent(page);
  await page.getByLabel('Alue', { exact: true }).selectOption({ label: 'Mikkeli' });
  await expect(page.getByRole('heading', { name: 'Aikasarja: Mikkeli' })).toBeVisible();
  await page.getByLabel('Palvelukokonaisuus', { exact: true }).selectOption({ label: 'Ikääntyneet' });
  await expect(page).toHaveURL(/serviceArea=/);
  await waitForContent(page);

  await page.getByLabel('Vertailtavat kunnat', { exact: true }).selectOption('finland');
  await expect(page).toHaveURL(/scope=finland/);
  await waitForContent(page);

  await page.goto('/indicators/sotkanet%3A1244?area=740');
  await waitForContent(page);
  await page.getByLabel('Vuosi tai jakso', { exact: true }).selectOption('2015');
  await expect(page).toHaveURL(/period=2015/);
  await waitForContent(page);
  await expect(page.getByRole('region', { name: 'Kuntien vertailu' }).getByRole('figure').first()).toContainText('2015');
  await page.getByLabel('Vertailtavat kunnat', { exact: true }).selectOption('finland');
  await waitForContent(page);
  await expect(page.getByTestId('comparison-table').locator('tbody tr')).not.toHaveCount(11);
  await page.reload();
  await waitForContent(page);
  await expect(page.getByLabel('Vertailtavat kunnat', { exact: true })).toHaveValue('finland');
  await expect(page.getByLabel('Vuosi tai jakso', { exact: true })).toHaveValue('2015');
});

test('matrix filters: service area and as-of quarter', async ({ page }) => {
  await page.goto('/matrix');
  await waitForContent(page);
  await page.getByLabel('Palvelukokonaisuus', { exact: true }).selectOption({ label: 'Ikääntyneet' });
  await expect(page).toHaveURL(/serviceArea=/);
  await waitForContent(page);
  // Only the goals of that service area remain, each still in all eleven municipalities.
  const goalRows = page.locator('.matrix__table tbody tr');
  const olderPeopleGoals = await goalRows.count();
  expect(olderPeopleGoals).toBeGreaterThan(0);
  expect(olderPeopleGoals).toBeLessThan(11);
  await expect(page.locator('td.matrix__cell')).toHaveCount(olderPeopleGoals * 11);
  await page.getByLabel('Tilanne', { exact: true }).selectOption('2024Q4');
  await expect(page).toHaveURL(/asOf=2024Q4/);
  await waitForContent(page);
  await expect(page.locator('td.matrix__cell')).toHaveCount(olderPeopleGoals * 11);
});

test('a matrix cell leads to the goal in that municipality', async ({ page }) => {
  await page.goto('/matrix');
  await waitForContent(page);
  const cell = page.getByRole('link', { name: /^Kodin ulkopuolelle sijoitettujen lasten osuus pienenee, Savonlinna: / });
  const statusText = (await cell.getAttribute('aria-label'))?.split(': ').pop() ?? '';
  await cell.click();
  await expect(page).toHaveURL(/\/goals\/5\?.*area=740/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kodin ulkopuolelle sijoitettujen lasten osuus pienenee' })).toBeVisible();
  await waitForContent(page);
  await expect(page.getByLabel('Alue', { exact: true })).toHaveValue('740');
  // The goal shows the same status the cell did.
  await expect(page.getByTestId('goal-status')).toContainText(statusText);
});

test('everything is reachable from the keyboard, with a skip link first', async ({ page }) => {
  await page.goto('/');
  await waitForContent(page);
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Siirry sisältöön' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab through to the first goal link and open it with Enter.
  const firstGoal = page.locator('tr[data-goal-id] a').first();
  for (let step = 0; step < 40 && !(await firstGoal.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(firstGoal).toBeFocused();
  const outline = await firstGoal.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/goals\//);
});
