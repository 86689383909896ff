import { chooseLanguage, expect, expectNoSeriousA11yViolations, saveScreenshot, test, waitForContent } from './fixtures';

test('the language switch changes every text, names and number formats, and is remembered', async ({ page }) => {
  await page.goto('/goals/1?area=740');
  await waitForContent(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perusterveydenhuollon hoitoon pääsee hoitotakuun ajassa');

  await chooseLanguage(page, 'Svenska');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Primärvården nås inom vårdgarantins tid');
  await expect(page.getByLabel('Område', { exact: true })).toBeVisible();
  // Savonlinna is Nyslott in Swedish; Swedish in Finland writes a decimal comma.
  await expect(page.getByLabel('Område', { exact: true }).locator('option:checked')).toHaveText('Nyslott');
  await expect(page.getByTestId('status-explanation').first()).toContainText(/Utgångsläge \d+,\d/);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'goal-sv');

  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Primary health care is reached within the care guarantee');
  await expect(page.getByTestId('status-explanation').first()).toContainText(/Baseline \d+\.\d/);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Primary health care is reached within the care guarantee');
  await chooseLanguage(page, 'Suomi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perusterveydenhuollon hoitoon pääsee hoitotakuun ajassa');
});

test('status labels are translated in the matrix legend', async ({ page }) => {
  await page.goto('/matrix');
  await waitForContent(page);
  const legend = page.getByRole('region', { name: 'Tilojen selitteet' });
  await expect(legend).toContainText('Tavoite saavutettu');
  await chooseLanguage(page, 'Svenska');
  await expect(page.getByRole('region', { name: 'Förklaring av lägena' })).toContainText('Målet uppnått');
  await expect(page.getByRole('region', { name: 'Förklaring av lägena' })).toContainText('Försämras');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('region', { name: 'Status legend' })).toContainText('Needs acceleration');
  await saveScreenshot(page, 'matrix-en');
  await chooseLanguage(page, 'Suomi');
});
