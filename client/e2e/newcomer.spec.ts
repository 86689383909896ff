import { chooseLanguage, expect, saveScreenshot, test, waitForContent } from './fixtures';

/**
 * The path a newcomer must be able to follow: which goals are off track in Savonlinna (740), why,
 * and how Savonlinna compares with the rest of the county — in Finnish and in Swedish.
 */
const PATH = [
  {
    language: 'Suomi',
    areaLabel: 'Alue',
    areaName: 'Savonlinna',
    offTrack: /tavoite(tta)? ei etene suunnitellusti/,
    why: 'Miksi tila on tämä?',
    indicatorLink: /Mittarin tiedot/,
    comparison: 'Kuntien vertailu',
    rank: /Savonlinna on sijalla \d+\/11\./,
  },
  {
    language: 'Svenska',
    areaLabel: 'Område',
    areaName: 'Nyslott',
    offTrack: /mål framskrider inte som planerat/,
    why: 'Varför är läget detta?',
    indicatorLink: /Indikatorns uppgifter/,
    comparison: 'Jämförelse mellan kommuner',
    rank: /Nyslott är på plats \d+ av 11\./,
  },
] as const;

for (const step of PATH) {
  test(`off-track goals in Savonlinna, why, and the comparison (${step.language})`, async ({ page }) => {
    await page.goto('/');
    if (step.language !== 'Suomi') await chooseLanguage(page, step.language);
    await waitForContent(page);

    // 1. Which goals are off track in Savonlinna?
    await page.getByLabel(step.areaLabel, { exact: true }).selectOption('740');
    await expect(page).toHaveURL(/area=740/);
    await waitForContent(page);
    await expect(page.getByTestId('overview-scope')).toContainText(step.areaName);
    await expect(page.getByText(step.offTrack)).toBeVisible();
    const offTrackLinks = page.getByTestId('off-track-goals').getByRole('link');
    expect(await offTrackLinks.count()).toBeGreaterThan(0);
    await saveScreenshot(page, `newcomer-${step.language}-1-overview`);

    // 2. Why? The worst goal, each indicator's explanation in words.
    await offTrackLinks.first().click();
    await expect(page).toHaveURL(/\/goals\/\d+\?.*area=740/);
    await waitForContent(page);
    await expect(page.getByRole('heading', { name: step.why }).first()).toBeVisible();
    await expect(page.getByTestId('status-explanation').first()).not.toBeEmpty();
    await saveScreenshot(page, `newcomer-${step.language}-2-goal`);

    // 3. How does Savonlinna compare with the county's other municipalities?
    await page.getByRole('link', { name: step.indicatorLink }).first().click();
    await expect(page).toHaveURL(/\/indicators\/.+area=740/);
    await waitForContent(page);
    await expect(page.getByRole('heading', { name: step.comparison })).toBeVisible();
    await expect(page.getByText(step.rank)).toBeVisible();
    const table = page.getByTestId('comparison-table');
    await expect(table.locator('tr[aria-current="true"]')).toContainText(step.areaName);
    await saveScreenshot(page, `newcomer-${step.language}-3-comparison`);
  });
}
