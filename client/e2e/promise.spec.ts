import { type APIRequestContext, type Page, request as playwrightRequest } from '@playwright/test';
import { DEMO_USERS, expect, expectNoSeriousA11yViolations, saveScreenshot, signInAs, test, waitForContent } from './fixtures';

/**
 * The service promise: an admin edits an item and publishes it; residents read the public page
 * signed out in each language and print it; the overview shows it; the shell's picker switches
 * strategies. The tests share the demo database and run in this order; the last hook puts back
 * what they changed (the item's text, the publication, the extra strategy).
 */

const ITEM_FI = 'Saat apua mielen hyvinvointiin ilman lähetettä ja pitkää odotusta.';
const ITEM_EN = 'You get help for your mental wellbeing without a referral or a long wait.';
const EDITED_EN = 'You get help for your mental wellbeing without a referral and without a long wait.';
const PICKER_STRATEGY = 'Etelä-Savon maakuntastrategia (e2e)';
let pickerStrategyId: string | null = null;

async function graphql(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await api.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** An API client of its own, signed in as the admin: for setting up and putting back, not for what is tested. */
async function adminApi(baseURL: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.post('/api/session', { data: DEMO_USERS.admin })).status()).toBe(200);
  return api;
}

/** The names of the GraphQL operations a page sends, to show what a signed-out reader's page asks. */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    names.push((request.postDataJSON() as { operationName?: string }).operationName ?? '?');
  });
  return names;
}

test.afterAll(async ({ baseURL }) => {
  const api = await adminApi(baseURL as string);
  const data = await graphql(api, '{ strategy(id: "1") { servicePromiseItems { id text { fi sv en } } } }');
  const item = data.strategy.servicePromiseItems.find((candidate: { text: { fi: string } }) => candidate.text.fi === ITEM_FI);
  if (item) {
    await graphql(api, 'mutation($id: ID!, $input: UpdateServicePromiseItemInput!) { updateServicePromiseItem(id: $id, input: $input) { id } }', {
      id: item.id,
      input: { text: { ...item.text, en: ITEM_EN } },
    });
  }
  await graphql(api, 'mutation { publishServicePromise(strategyId: "1", published: false) { id } }');
  if (pickerStrategyId) await graphql(api, 'mutation($id: ID!) { deleteStrategy(id: $id) }', { id: pickerStrategyId });
  await api.dispose();
});

test('an admin edits a promise item and publishes the promise', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/strategies/1/promise');
  await expect(page.getByRole('heading', { level: 1, name: 'Palvelulupauksen muokkaus' })).toBeVisible();
  await waitForContent(page);
  const items = page.getByTestId('promise-items').locator('li[data-item-id]');
  await expect(items).toHaveCount(4);

  await page.getByRole('button', { name: `Muokkaa kohtaa: ${ITEM_FI}` }).click();
  const form = page.getByTestId('promise-item-form');
  await expect(form.getByLabel('Lupaus suomeksi')).toBeFocused();
  await expect(form.getByLabel('Lupaus suomeksi')).toHaveValue(ITEM_FI);
  // The goals behind it are ticked: the demo links it to the mental health services goal.
  await expect(form.getByRole('checkbox', { checked: true })).toHaveCount(1);
  // A problem is said next to its field, in Finnish, before anything is sent.
  await form.getByLabel('Lupaus suomeksi').fill('  ');
  await form.getByRole('button', { name: 'Tallenna kohta' }).click();
  await expect(form.getByText('Kirjoita lupaus suomeksi.').first()).toBeVisible();
  await expect(form.getByLabel('Lupaus suomeksi')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Lupaus suomeksi').fill(ITEM_FI);
  await form.getByLabel('Lupaus englanniksi (vapaaehtoinen)').fill(EDITED_EN);
  await expect(form.getByText('Tallentamattomia muutoksia')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'promise-editor-form');
  await form.getByRole('button', { name: 'Tallenna kohta' }).click();
  await expect(page.getByTestId('promise-notice')).toHaveText('Kohta tallennettu.');
  await expect(page.getByRole('button', { name: `Muokkaa kohtaa: ${ITEM_FI}` })).toBeFocused();

  // Publishing shows the address residents can be given.
  const publish = page.getByTestId('promise-publish');
  await publish.getByRole('button', { name: 'Julkaise palvelulupaus' }).click();
  await expect(publish.getByLabel('Julkinen osoite')).toHaveValue(/\/promise\/1$/);
  await expect(publish.getByRole('link', { name: 'Svenska' })).toHaveAttribute('href', '/promise/1?lang=sv');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'promise-editor');
});

for (const { language, heading, item, status } of [
  { language: 'fi', heading: 'Palvelulupaus', item: ITEM_FI, status: /Lupaus pitää|Edistyy|Vaatii lisätoimia|Edistyy liian hitaasti|Tilanne heikkenee|Ei vielä arvioitavissa/ },
  {
    language: 'sv',
    heading: 'Servicelöfte',
    item: 'Du får hjälp med ditt psykiska välbefinnande utan remiss och lång väntan.',
    status: /Löftet hålls|Går framåt|Kräver fler åtgärder|Går framåt för långsamt|Läget blir sämre|Kan ännu inte bedömas/,
  },
  { language: 'en', heading: 'Service promise', item: EDITED_EN, status: /Promise kept|Making progress|Needs more action|Progress too slow|Getting worse|Too early to tell/ },
]) {
  test(`the published promise reads signed out in ${language}`, async ({ page }) => {
    const operations = recordOperations(page);
    await page.goto(`/promise/1?lang=${language}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const items = page.locator('.public-promise__item');
    await expect(items).toHaveCount(4);
    const edited = items.filter({ has: page.getByRole('heading', { level: 3, name: item }) });
    await expect(edited).toHaveCount(1);
    await expect(edited.locator('.public-promise__status')).toHaveText(status);
    await expect(page.getByRole('navigation').locator('a[aria-current="true"]')).toHaveAttribute('lang', language);
    // No sign-in link, no dashboard: the page asked for the public promise and nothing else.
    expect(operations).toEqual(['PublicServicePromise']);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, `promise-public-${language}`);
  });
}

test('the public page prints the items without its controls', async ({ page }) => {
  await page.goto('/promise/1');
  await expect(page.locator('.public-promise__item')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tulosta' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: ITEM_FI })).toBeVisible();
  await expect(page.locator('.public-promise__item').last().locator('.public-promise__status .status-badge')).toBeVisible();
  await saveScreenshot(page, 'promise-public-print');
});

test('an unknown or unpublished promise says it was not found', async ({ page }) => {
  await page.goto('/promise/999?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Service promise not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the overview shows the service promise with the goals behind each item', async ({ page }) => {
  await page.goto('/');
  await waitForContent(page);
  const section = page.getByRole('region', { name: 'Palvelulupaus' });
  const items = section.locator('li[data-item-id]');
  await expect(items).toHaveCount(4);
  const item = items.filter({ hasText: ITEM_FI });
  await expect(item.locator('.promise-summary__head .status-badge')).toHaveCount(1);
  await expect(item.getByRole('link')).toHaveCount(1);
  await expect(section.getByRole('link', { name: 'Julkinen palvelulupaus' })).toHaveAttribute('href', '/promise/1');
  await expectNoSeriousA11yViolations(page);
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/goals\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the picker switches strategies, and the URL keeps the choice across views and a reload', async ({ page, baseURL }) => {
  const api = await adminApi(baseURL as string);
  const created = await graphql(api, 'mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }', {
    input: { organisationCode: 'MK10', name: { fi: PICKER_STRATEGY }, startYear: 2026, endYear: 2030, baselineYear: 2022 },
  });
  await api.dispose();
  pickerStrategyId = created.createStrategy.id as string;

  await page.goto('/?area=740');
  await waitForContent(page);
  const picker = page.getByRole('combobox', { name: 'Strategia' });
  await expect(picker.locator('option')).toHaveText([/^Etelä-Savon hyvinvointialueen palvelustrategia 2026–2029 \(demo\) · Etelä-Savon hyvinvointialue · 2026–2029$/, `${PICKER_STRATEGY} · Etelä-Savo (maakunta) · 2026–2030`]);
  await picker.selectOption({ label: `${PICKER_STRATEGY} · Etelä-Savo (maakunta) · 2026–2030` });
  // The municipality belonged to the other county: it goes, and the new strategy is in the URL.
  await expect(page).toHaveURL(new RegExp(`/\\?strategy=${pickerStrategyId}$`));
  await expect(page.getByRole('heading', { level: 1, name: PICKER_STRATEGY })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'strategy-picker');

  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kunnat × tavoitteet' }).click();
  await expect(page).toHaveURL(new RegExp(`/matrix\\?strategy=${pickerStrategyId}$`));
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Strategia' })).toHaveValue(pickerStrategyId);

  // By keyboard: the picker is a native select.
  await page.getByRole('combobox', { name: 'Strategia' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/\/matrix\?strategy=1$/);
  await expect(page.getByRole('combobox', { name: 'Strategia' })).toHaveValue('1');
});

test('on a server that requires sign-in, the published promise is readable signed out, and nothing else is', async ({ page }) => {
  const url = process.env.E2E_SIGN_IN_REQUIRED_URL as string;
  const api = await adminApi(url);
  await graphql(api, 'mutation { publishServicePromise(strategyId: "1", published: true) { id } }');
  await api.dispose();

  // The API: signed out, the public query answers; the strategy behind it is refused.
  const anonymous = await playwrightRequest.newContext({ baseURL: url });
  const ask = async (query: string) =>
    (await anonymous.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query } })).json();
  const publicAnswer = await ask('{ publicServicePromise(strategyId: "1") { organisation { code } items { id status goals { status } } } }');
  expect(publicAnswer.errors).toBeUndefined();
  expect(publicAnswer.data.publicServicePromise.organisation.code).toBe('HVA12');
  expect(publicAnswer.data.publicServicePromise.items).toHaveLength(4);
  const refused = await ask('{ strategy(id: "1") { servicePromiseItems { id } } }');
  expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await anonymous.dispose();

  // The page, in a browser that never signed in there.
  await page.goto(`${url}/promise/1?lang=sv`);
  await expect(page.getByRole('heading', { level: 1, name: 'Servicelöfte' })).toBeVisible();
  await expect(page.locator('.public-promise__item')).toHaveCount(4);
  await expectNoSeriousA11yViolations(page);
});
