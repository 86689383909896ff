import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki', viewport: { width: 1280, height: 900 }, baseURL: process.argv[2] });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 1500)));
page.on('requestfinished', (r) => { if (r.url().includes('graphql')) console.log('finished', r.postDataJSON()?.operationName, Date.now() % 100000); });
await page.request.post('/api/session', { data: { username: 'viewer', password: 'demo-viewer' } });
for (let i = 0; i < 2; i++) {
  await page.goto('/reviews');
  await page.locator('tr[data-quarter="2026Q3"] a').waitFor();
  const t0 = Date.now();
  console.log('click', t0 % 100000);
  await page.locator('tr[data-quarter="2026Q3"] a').click();
  await page.getByRole('heading', { level: 1, name: 'Neljännesvuosikatsaus Q3/2026' }).waitFor({ timeout: 60000 });
  console.log('heading after', Date.now() - t0, 'ms');
}
await browser.close();
