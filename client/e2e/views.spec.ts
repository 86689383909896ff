import { expect, expectNoSeriousA11yViolations, saveScreenshot, signInAs, test, waitForContent } from './fixtures';

// Each view opened by its URL (a deep link), checked with axe, and photographed.

test('overview shows every perspective and goal with status label, score and trend', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /palvelustrategia 2026–2029/ })).toBeVisible();
  await waitForContent(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Saatavuus ja asiakaskokemus' })).toBeVisible();
  const goalRows = page.locator('tr[data-goal-id]');
  await expect(goalRows).toHaveCount(11);
  // Status in words and shape, never colour alone.
  const firstStatus = goalRows.first().locator('.status-badge');
  await expect(firstStatus.locator('.status-badge__label')).not.toBeEmpty();
  await expect(firstStatus.locator('svg.status-icon')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /→/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'overview');
});

test('goal view explains each indicator with a chart and its table', async ({ page }) => {
  await page.goto('/goals/5');
  await expect(page.getByRole('heading', { level: 1, name: 'Kodin ulkopuolelle sijoitettujen lasten osuus pienenee' })).toBeVisible();
  await waitForContent(page);
  const cards = page.locator('article.indicator-card');
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().getByTestId('status-explanation')).toContainText('Lähtötaso');
  await expect(cards.first().locator('.recharts-surface').first()).toBeVisible();
  await cards.first().getByText('Näytä taulukkona').click();
  await expect(cards.first().locator('.chart-figure__table table')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'goal');
});

test('indicator view shows metadata, series, municipalities compared, map and data table', async ({ page }) => {
  await page.goto('/indicators/sotkanet%3A1244?area=740');
  await expect(page.getByRole('heading', { level: 1, name: /Huostassa tai kiireellisesti sijoitettuna/ })).toBeVisible();
  await waitForContent(page);
  await expect(page.getByRole('heading', { name: 'Aikasarja: Savonlinna' })).toBeVisible();
  await expect(page.getByTestId('series-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kuntien vertailu' })).toBeVisible();
  await expect(page.getByTestId('comparison-table').locator('tbody tr')).toHaveCount(11);
  await expect(page.getByText('Kuntarajat © Tilastokeskus / Statistics Finland')).toBeVisible();
  await expect(page.locator('.choropleth__map path')).toHaveCount(11);
  await expect(page.getByRole('heading', { name: 'Mittarin tiedot' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'indicator');
});

test('indicator list links to each indicator', async ({ page }) => {
  await page.goto('/indicators');
  await waitForContent(page);
  await page.getByRole('searchbox', { name: 'Hae mittaria' }).fill('hoitotakuu');
  await expect(page).toHaveURL(/q=hoitotakuu/);
  await expect(page.getByRole('link', { name: /Hoitotakuu toteutui/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'indicator-list');
});

test('matrix shows every goal in every municipality', async ({ page }) => {
  await page.goto('/matrix');
  await expect(page.getByRole('heading', { level: 1, name: 'Kunnat × tavoitteet' })).toBeVisible();
  await waitForContent(page);
  await expect(page.locator('td.matrix__cell')).toHaveCount(11 * 11);
  await expect(page.getByRole('link', { name: /Savonlinna: / }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'matrix');
});

test('data view lists the loads and offers an analyst an upload', async ({ page }) => {
  await signInAs(page, 'analyst');
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiedot' })).toBeVisible();
  await waitForContent(page);
  await expect(page.getByLabel('Tiedosto (CSV, JSON tai Excel)')).toBeVisible();
  await expect(page.getByTestId('loads-table').locator('tbody tr').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'data');
});

test('an unknown address says so and links home', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('works at 768 px wide without sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/?area=740');
  await waitForContent(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, 'overview-768');
});

test('print layout hides navigation and filters', async ({ page }) => {
  await page.goto('/goals/1');
  await waitForContent(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeHidden();
  await expect(page.getByLabel('Alue', { exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
