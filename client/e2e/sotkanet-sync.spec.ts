import { expect, expectNoSeriousA11yViolations, saveScreenshot, signInAs, test, waitForContent } from './fixtures';

/**
 * "Update from Sotkanet" on the Data view, against the local Sotkanet stand-in that the config
 * starts beside the server (built from data/: the same values as the demo's, so the demo's figures
 * stay as they are for the other tests).
 */
test('an analyst updates the Sotkanet indicators: progress per indicator, then when each was fetched and Sotkanet’s date', async ({ page }) => {
  // Two syncs, an axe check and a full-page photograph of a long page: more than one view's worth.
  test.setTimeout(120_000);
  await signInAs(page, 'analyst');
  await page.goto('/data');
  await waitForContent(page);
  const panel = page.getByTestId('sotkanet-panel');
  const table = panel.getByTestId('sotkanet-indicators');
  // The demo's 16 indicators of the portal export, and the population (127) that weights county means.
  await expect(table.locator('tbody tr')).toHaveCount(17);
  const placements = table.locator('tr[data-sotkanet-id="1244"]');
  await expect(placements).toContainText('käytössä');
  await expect(placements).toContainText('ei koskaan');

  // The update fetches the indicators the demo strategy uses (7 of the 17).
  const inUse = table.locator('tbody tr', { hasText: 'käytössä' });
  await expect(inUse).toHaveCount(7);
  await panel.getByRole('button', { name: 'Päivitä Sotkanetista' }).click();
  const run = panel.getByTestId('sotkanet-run');
  await expect(run.getByRole('status')).toContainText('Valmis · 7/7 mittaria käsitelty', { timeout: 40_000 });
  await expect(run.locator('li[data-state="SYNCED"]')).toHaveCount(7);
  // The demo's values are Sotkanet's: nothing new, nothing changed.
  await expect(run.locator('li', { hasText: 'sotkanet:1244' })).toContainText('uusia 0, muuttuneita 0');
  await expect(run.locator('li', { hasText: 'sotkanet:1244' })).toContainText('hylättyjä 0');
  await expect(panel.getByRole('button', { name: 'Päivitä Sotkanetista' })).toBeEnabled();
  await expect(table.locator('tr[data-sotkanet-id="1886"]')).toContainText('ei koskaan'); // not in use: not fetched

  await expect(placements).not.toContainText('ei koskaan');
  await expect(placements).toContainText('2025-04-23');
  await expect(placements).toContainText('Päivitetty');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'data-sotkanet-sync');

  // A second update finds nothing changed at Sotkanet and downloads nothing.
  await panel.getByRole('button', { name: 'Päivitä Sotkanetista' }).click();
  await expect(run.locator('li[data-state="UNCHANGED"]')).toHaveCount(7, { timeout: 40_000 });
  await expect(run.getByRole('status')).toContainText('Valmis');
});

test('a viewer sees the Sotkanet state but no update button', async ({ page }) => {
  await signInAs(page, 'viewer');
  await page.goto('/data');
  await waitForContent(page);
  const panel = page.getByTestId('sotkanet-panel');
  await expect(panel.getByTestId('sotkanet-indicators')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Päivitä Sotkanetista' })).toHaveCount(0);
});
