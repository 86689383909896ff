import { expect, expectNoSeriousA11yViolations, saveScreenshot, signInAs, test, waitForContent } from './fixtures';

/**
 * A small long-CSV file: one good row (Helsinki 1989, before every series the demo judges, so the
 * other tests' figures stay as they are) and one row with an unknown area.
 */
const SMALL_CSV = ['indicator,area,period,value', 'sotkanet:1244,091,1989,0.4', 'sotkanet:1244,999,2020,1.0', ''].join('\n');

// Loading data needs an analyst (LOAD_DATA): each test signs in as one first.
test.beforeEach(async ({ page }) => {
  await signInAs(page, 'analyst');
});

test('upload a CSV: preview the load report, write the good rows, see the report, undo', async ({ page }) => {
  await page.goto('/data');
  await waitForContent(page);
  await page.getByLabel('Tiedosto (CSV, JSON tai Excel)').setInputFiles({ name: 'e2e-pieni.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL_CSV, 'utf8') });
  await page.getByRole('button', { name: 'Tarkista' }).click();

  // The preview: nothing written yet, one row accepted, one rejected with a translated reason.
  const preview = page.getByTestId('load-preview');
  await expect(preview.getByRole('heading', { name: 'Esikatselu: e2e-pieni.csv' })).toBeFocused();
  await expect(preview).toContainText('Mitään ei ole vielä tallennettu.');
  const counts = preview.getByTestId('load-counts');
  await expect(counts).toContainText('Uusia1');
  await expect(counts).toContainText('Hylättyjä1');
  const rejections = preview.getByTestId('rejections-table');
  await expect(rejections.locator('tbody tr')).toHaveCount(1);
  await expect(rejections).toContainText('Tuntematon alue');
  await expect(rejections).toContainText('999');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'data-preview');

  await preview.getByRole('button', { name: 'Tallenna hyväksytyt rivit' }).click();
  const result = page.getByTestId('load-result');
  await expect(result.getByRole('heading', { name: 'Tallennettu: e2e-pieni.csv' })).toBeVisible();
  await expect(result.getByTestId('load-counts')).toContainText('Uusia1');
  await saveScreenshot(page, 'data-written');

  // The load is listed first, with its report a click away.
  const newest = page.getByTestId('loads-table').locator('tbody tr').first();
  await expect(newest).toContainText('e2e-pieni.csv');
  await newest.getByRole('link', { name: 'e2e-pieni.csv' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lataus e2e-pieni.csv' })).toBeVisible();
  await expect(page.getByTestId('rejections-table')).toContainText('Tuntematon alue');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'data-load-report');

  // Undo leaves the database as it was for the other tests.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Peru lataus' }).click();
  await expect(page.getByText('Lataus peruttiin.')).toBeVisible();
  await expect(page.getByText('Peruttu', { exact: false }).first()).toBeVisible();
});

test('a file that is not data is reported, not written', async ({ page }) => {
  await page.goto('/data');
  await waitForContent(page);
  await page.getByLabel('Tiedosto (CSV, JSON tai Excel)').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('hello,world\n1,2\n', 'utf8') });
  await page.getByRole('button', { name: 'Tarkista' }).click();
  const preview = page.getByTestId('load-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('rejections-table')).toContainText('Virheellinen tiedosto');
  await expect(preview.getByRole('button', { name: /^Tallenna/ })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Hylkää' }).click();
  await expect(preview).toHaveCount(0);
});
