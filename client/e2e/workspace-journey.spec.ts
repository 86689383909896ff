import type { Page } from '@playwright/test';
import { resources } from '../src/i18n/resources';
import { chooseLanguage, expect, expectNoSeriousA11yViolations, saveScreenshot, test, waitForContent } from './fixtures';

/**
 * The strategy workspace from an empty database (SEED_DEMO=0: areas and service areas only), in the
 * dashboard only: the first admin (ADMIN_USERNAME) signs in, builds Pohjois-Karjala's strategy —
 * perspectives, goals with a sub-goal, two Sotkanet indicators and one internal, weighted links,
 * the county's target and Joensuu's own — loads their values through the Data view, writes one
 * promise item and publishes it, and sees the overview judge the goals and the public page show
 * the promise. Once in Finnish and once in Swedish, each on a server of its own (playwright.config.ts).
 * Every text is looked up in the dashboard's own translations, so the test reads as the user does.
 */

const MUNICIPALITIES = ['090', '146', '167', '176', '260', '276', '309', '422', '426', '541', '607', '707', '848'];
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

/**
 * Values shaped like the real ones for North Karelia: children placed outside the home 1.4–2.3 % of
 * 0–17-year-olds (Sotkanet 1244), people over 75 living at home around 91 % (1570), and the wait
 * for family work in days (internal). Each municipality has its own level and trend; the county
 * improves slowly. Deterministic, so the statuses do not change from run to run.
 */
export function journeyCsv(): string {
  const rows = ['indicator,area,period,value'];
  const round = (value: number) => value.toFixed(1);
  MUNICIPALITIES.forEach((code, index) => {
    const placedBase = code === '167' ? 1.9 : 1.4 + (index % 7) * 0.13;
    const placedTrend = code === '167' ? -0.07 : index % 2 === 0 ? -0.04 : 0.03;
    const homeBase = 89.5 + (index % 5) * 0.6;
    const waitBase = 22 + (index % 6) * 3;
    YEARS.forEach((year, step) => {
      rows.push(`sotkanet:1244,${code},${year},${round(placedBase + placedTrend * step)}`);
      rows.push(`sotkanet:1570,${code},${year},${round(homeBase + 0.2 * step)}`);
      rows.push(`internal:perhetyo-odotus,${code},${year},${round(waitBase - step)}`);
    });
  });
  YEARS.forEach((year, step) => {
    rows.push(`sotkanet:1244,HVA14,${year},${round(2.1 - 0.05 * step)}`);
    rows.push(`sotkanet:1570,HVA14,${year},${round(90.6 + 0.2 * step)}`);
    rows.push(`internal:perhetyo-odotus,HVA14,${year},${round(31 - 1.5 * step)}`);
  });
  return `${rows.join('\n')}\n`;
}

const TEXTS = {
  fi: {
    strategy: 'Pohjois-Karjalan palvelustrategia 2026–2029',
    vision: 'Pohjoiskarjalaiset voivat hyvin kotikunnassaan.',
    perspectives: ['Saatavuus ja asiakaskokemus', 'Vaikuttavuus'],
    goals: ['Lastensuojelun tarve vähenee', 'Ikääntyneet asuvat kotona pidempään', 'Perheet saavat tukea varhain'],
    internal: 'Perhetyön odotusaika',
    promise: 'Lapsiperheet saavat tukea ajoissa.',
  },
  sv: {
    strategy: 'Servicestrategi för Norra Karelen 2026–2029',
    vision: 'Invånarna i Norra Karelen mår bra i sin hemkommun.',
    perspectives: ['Tillgång och kundupplevelse', 'Verkningsfullhet'],
    goals: ['Behovet av barnskydd minskar', 'Äldre bor hemma längre', 'Familjer får stöd tidigt'],
    internal: 'Väntetid till familjearbete',
    promise: 'Barnfamiljer får stöd i tid.',
  },
} as const;

/** The Finnish names are required; the Swedish run gives both, and the Swedish ones are shown. */
const FINNISH = TEXTS.fi;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? ''));
}

for (const language of ['fi', 'sv'] as const) {
  const T = resources[language].translation;
  const W = T.workspace;
  const texts = TEXTS[language];
  const inFinnish = (field: string) => fill(W.text.fi, { field });
  const inSwedish = (field: string) => `${fill(W.text.sv, { field })} ${W.text.optional}`;
  let step = 0;
  const photograph = async (page: Page, name: string, axe = true) => {
    await waitForContent(page);
    if (axe) await expectNoSeriousA11yViolations(page);
    step += 1;
    await saveScreenshot(page, `journey-${language}-${String(step).padStart(2, '0')}-${name}`);
  };

  test.describe(`the strategy workspace from an empty database (${language})`, () => {
    test.use({ baseURL: language === 'fi' ? process.env.E2E_EMPTY_URL_FI : process.env.E2E_EMPTY_URL_SV });

    test(`the first admin builds, loads, judges and publishes a strategy (${language})`, async ({ page }) => {
      test.setTimeout(300_000);
      const tabs = () => page.getByRole('navigation', { name: W.tabs.label });
      const mainNavigation = () => page.getByRole('navigation', { name: T.app.mainNavigation });

      // Sign in as the first admin, in the form.
      await page.goto('/sign-in');
      if (language === 'sv') await chooseLanguage(page, 'Svenska');
      await page.getByLabel(T.auth.username).fill(process.env.E2E_EMPTY_ADMIN as string);
      await page.getByLabel(T.auth.password).fill(process.env.E2E_EMPTY_PASSWORD as string);
      await page.getByRole('button', { name: T.auth.submit, exact: true }).click();
      await expect(page).toHaveURL(/\/$/);

      // Nothing yet: the overview says what to do first.
      await expect(page.getByTestId('no-strategy')).toContainText(T.picker.noneTitle);
      await photograph(page, 'no-strategy');
      await page.getByTestId('no-strategy').getByRole('link', { name: T.picker.create }).click();
      await expect(page.getByTestId('strategies-empty')).toContainText(W.list.emptyTitle);
      await photograph(page, 'strategies-empty');

      // The strategy for Pohjois-Karjala's wellbeing services county (HVA14).
      await page.getByTestId('strategies-empty').getByRole('link', { name: W.list.create }).click();
      await page.getByLabel(W.strategy.organisation).selectOption('HVA14');
      await page.getByLabel(inFinnish(W.strategy.name)).fill(FINNISH.strategy);
      await page.getByLabel(inSwedish(W.strategy.name)).fill(TEXTS.sv.strategy);
      await page.getByLabel(`${fill(W.text.fi, { field: W.strategy.vision })} ${W.text.optional}`).fill(FINNISH.vision);
      await page.getByLabel(W.strategy.startYear).fill('2026');
      await page.getByLabel(W.strategy.endYear).fill('2029');
      await page.getByLabel(W.strategy.baselineYear).fill('2021');
      await photograph(page, 'new-strategy');
      await page.getByRole('button', { name: W.create.submit }).click();
      await expect(page).toHaveURL(/\/strategies\/\d+\/goals$/);
      const strategyId = /\/strategies\/(\d+)\//.exec(page.url())?.[1] as string;
      await expect(page.getByRole('heading', { level: 1, name: texts.strategy })).toBeVisible();
      await expect(page.getByTestId('goals-empty')).toContainText(W.goals.emptyTitle);
      await photograph(page, 'goals-empty');

      // Two perspectives.
      for (const [index, name] of FINNISH.perspectives.entries()) {
        await page.getByLabel(inFinnish(W.goals.perspectiveName)).fill(name);
        await page.getByLabel(inSwedish(W.goals.perspectiveName)).fill(TEXTS.sv.perspectives[index] as string);
        await page.getByRole('button', { name: W.goals.addPerspective }).click();
        await expect(page.getByRole('heading', { level: 2, name: texts.perspectives[index] })).toBeVisible();
      }

      // Three goals: one under the second perspective, one under the first, and a sub-goal of the first goal.
      const addGoal = async (link: string, index: number, ownerTitle: string) => {
        await page.getByRole('link', { name: link }).click();
        const editor = page.getByTestId('goal-editor');
        await editor.getByLabel(inFinnish(W.goals.title)).fill(FINNISH.goals[index] as string);
        await editor.getByLabel(inSwedish(W.goals.title)).fill(TEXTS.sv.goals[index] as string);
        await editor.getByLabel(W.goals.ownerTitle).fill(ownerTitle);
        await editor.getByRole('button', { name: W.goals.create }).click();
        await expect(page).toHaveURL(/\/goals\/\d+$/);
        await expect(page.getByTestId('goal-editor').getByRole('heading', { name: fill(W.goals.editHeading, { name: texts.goals[index] as string }) })).toBeVisible();
      };
      await addGoal(`${W.goals.addGoal}: ${texts.perspectives[1]}`, 0, 'Perhe- ja sosiaalipalvelujen johtaja');
      await addGoal(`${W.goals.addGoal}: ${texts.perspectives[0]}`, 1, 'Ikääntyneiden palvelujen johtaja');
      await addGoal(`${W.goals.addSubGoal}: ${texts.goals[0]}`, 2, 'Perhepalvelujen päällikkö');
      const subGoal = page.locator(`li:has(> .goal-tree__item a:text-is("${texts.goals[0]}")) ol li`);
      await expect(subGoal.getByRole('link', { name: texts.goals[2], exact: true })).toBeVisible();
      await photograph(page, 'goal-tree');

      // Two indicators from Sotkanet's catalogue, each confirmed and linked on the way in.
      await tabs().getByRole('link', { name: W.tabs.indicators, exact: true }).click();
      await expect(page.getByTestId('used-indicators-empty')).toBeVisible();
      const addFromSotkanet = async (sotkanetId: number, options: { direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER'; limit: string; goal: string; weight: string }) => {
        await page.getByLabel(W.indicators.catalogueSearch).fill(String(sotkanetId));
        const row = page.getByTestId('catalogue-table').locator(`tr[data-sotkanet-id="${sotkanetId}"]`);
        await row.getByRole('button', { name: new RegExp(`^${W.indicators.add}:`) }).click();
        const dialog = page.getByTestId('sotkanet-dialog');
        await expect(dialog.getByLabel(T.indicator.unit)).toHaveValue('%');
        await dialog.getByLabel(T.direction[options.direction]).check();
        await dialog.getByLabel(W.indicators.naturalLimit).fill(options.limit);
        await dialog.getByLabel(W.indicators.linkGoal).selectOption({ label: options.goal });
        await dialog.getByLabel(W.links.weight, { exact: true }).fill(options.weight);
        return dialog;
      };
      const first = await addFromSotkanet(1244, { direction: 'LOWER_IS_BETTER', limit: '0', goal: texts.goals[0], weight: '2' });
      await photograph(page, 'sotkanet-dialog');
      await first.getByRole('button', { name: W.indicators.create }).click();
      await expect(page.getByTestId('sotkanet-dialog')).toHaveCount(0);
      await expect(page.getByTestId('catalogue-table').locator('tr[data-sotkanet-id="1244"]')).toContainText('sotkanet:1244');
      const second = await addFromSotkanet(1570, { direction: 'HIGHER_IS_BETTER', limit: '100', goal: texts.goals[1], weight: '1' });
      await second.getByRole('button', { name: W.indicators.create }).click();
      await expect(page.getByTestId('sotkanet-dialog')).toHaveCount(0);

      // The internal indicator, from its form, linked to the sub-goal.
      const form = page.getByTestId('internal-indicator-form');
      await form.getByLabel(T.indicator.code, { exact: true }).fill('internal:perhetyo-odotus');
      await form.getByLabel(T.indicator.frequency).selectOption('YEAR');
      await form.getByLabel(inFinnish(T.indicator.name)).fill(FINNISH.internal);
      await form.getByLabel(inSwedish(T.indicator.name)).fill(TEXTS.sv.internal);
      await form.getByLabel(T.direction.LOWER_IS_BETTER).check();
      await form.getByLabel(T.indicator.unit, { exact: true }).fill('vrk');
      await form.getByLabel(W.indicators.decimals).fill('0');
      await form.getByLabel(W.indicators.linkGoal).selectOption({ label: texts.goals[2] });
      await form.getByRole('button', { name: W.indicators.createInternal }).click();
      await expect(form.getByTestId('save-status')).toHaveText(W.save.saved);
      await expect(page.getByTestId('used-indicators').locator('tbody tr')).toHaveCount(3);
      await photograph(page, 'indicators');

      // The internal indicator also counts for the first goal, weighing half of the placements: 2 of 3 and 1 of 3.
      await tabs().getByRole('link', { name: W.tabs.goals, exact: true }).click();
      await page.getByRole('link', { name: texts.goals[0], exact: true }).click();
      const links = page.getByTestId('goal-links');
      await links.getByLabel(W.links.search).fill('perhetyo');
      await links.getByLabel(W.links.indicator, { exact: true }).selectOption('internal:perhetyo-odotus');
      await links.getByLabel(W.links.weight, { exact: true }).fill('1');
      await links.getByRole('button', { name: W.links.link }).click();
      await expect(links.getByTestId('link-share')).toHaveText([/^67\s%$/, /^33\s%$/]);
      await photograph(page, 'goal-links');

      // Their values, loaded through the Data view from a long CSV.
      await mainNavigation().getByRole('link', { name: T.nav.data, exact: true }).click();
      await page.getByLabel(T.data.chooseFile).setInputFiles({ name: 'pohjois-karjala.csv', mimeType: 'text/csv', buffer: Buffer.from(journeyCsv(), 'utf8') });
      await page.getByRole('button', { name: T.data.check }).click();
      const preview = page.getByTestId('load-preview');
      await expect(preview.getByTestId('load-counts')).toContainText(`${T.data.inserted}${(MUNICIPALITIES.length + 1) * YEARS.length * 3}`);
      await expect(preview.getByTestId('load-counts')).toContainText(`${T.data.rejected}0`);
      await preview.getByRole('button', { name: T.data.write, exact: true }).click();
      await expect(page.getByTestId('load-result')).toBeVisible();
      await photograph(page, 'data-loaded');

      // The county's target for the placements, drawn over the real series as it is typed…
      await page.goto(`/strategies/${strategyId}/targets`);
      await page.getByTestId('targets-index').locator('tr[data-indicator="sotkanet:1244"]').getByRole('link').click();
      await expect(page.getByTestId('no-targets')).toBeVisible();
      await page.getByRole('link', { name: W.targets.new }).click();
      const editor = page.getByTestId('target-editor');
      await editor.getByLabel(fill(W.targets.pointPeriod, { number: 1 })).fill('2029');
      await editor.getByLabel(fill(W.targets.pointValue, { number: 1 })).fill('1,4');
      await expect(editor.getByTestId('baseline-in-use')).toContainText('2,0 %');
      await expect(editor.getByTestId('target-preview').locator('.recharts-line')).toHaveCount(2);
      await photograph(page, 'target-county');
      await editor.getByRole('button', { name: W.targets.save }).click();
      await expect(page.getByTestId('targets-table').locator('tbody tr')).toHaveCount(1);

      // …and Joensuu's own.
      await page.getByRole('link', { name: W.targets.new }).click();
      await editor.getByLabel(T.filters.area).selectOption({ label: 'Joensuu' });
      await editor.getByLabel(fill(W.targets.pointPeriod, { number: 1 })).fill('2029');
      await editor.getByLabel(fill(W.targets.pointValue, { number: 1 })).fill('1,3');
      await expect(editor.getByTestId('baseline-in-use')).toContainText('1,7 %');
      await photograph(page, 'target-joensuu');
      await editor.getByRole('button', { name: W.targets.save }).click();
      const targets = page.getByTestId('targets-table').locator('tbody tr');
      await expect(targets).toHaveCount(2);
      await expect(targets.filter({ hasText: 'Joensuu' })).toContainText('1,3 %');
      await photograph(page, 'targets');

      // One promise item, kept by the first goal, and published.
      await tabs().getByRole('link', { name: W.tabs.promise, exact: true }).click();
      await page.getByRole('button', { name: T.promise.editor.add }).click();
      const item = page.getByTestId('promise-item-form');
      await item.getByLabel(T.promise.editor.textFi).fill(FINNISH.promise);
      await item.getByLabel(`${T.promise.editor.textSv} ${T.promise.editor.optional}`).fill(TEXTS.sv.promise);
      await item.getByLabel(texts.goals[0]).check();
      await item.getByRole('button', { name: T.promise.editor.save }).click();
      await expect(page.getByTestId('promise-items').locator('li[data-item-id]')).toHaveCount(1);
      await page.getByTestId('promise-publish').getByRole('button', { name: T.promise.editor.publish }).click();
      await expect(page.getByTestId('promise-publish').getByLabel(T.promise.editor.link)).toHaveValue(new RegExp(`/promise/${strategyId}$`));
      await photograph(page, 'promise-published');

      // The overview judges the goals and shows the promise.
      await mainNavigation().getByRole('link', { name: T.nav.overview, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: texts.strategy })).toBeVisible();
      await waitForContent(page);
      for (const title of texts.goals) {
        const row = page.locator('tr[data-goal-id]').filter({ hasText: title });
        await expect(row).toHaveCount(1);
        await expect(row).not.toHaveAttribute('data-status', 'NOT_AVAILABLE');
      }
      const promise = page.getByRole('region', { name: T.promise.overview.heading });
      await expect(promise.locator('li[data-item-id]')).toContainText(texts.promise);
      await photograph(page, 'overview');

      // The public page, as residents read it, signed out.
      await page.context().clearCookies();
      await page.goto(`/promise/${strategyId}?lang=${language}`);
      await expect(page.getByRole('heading', { level: 1, name: T.promise.public.title })).toBeVisible();
      await expect(page.getByRole('heading', { level: 3, name: texts.promise })).toBeVisible();
      await photograph(page, 'public-promise');
    });
  });
}
