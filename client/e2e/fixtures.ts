import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Screenshots of each view are kept as test artefacts (test-results/screenshots/*.png). */
const SCREENSHOT_DIRECTORY = join(process.cwd(), 'test-results', 'screenshots');

/**
 * Every test fails on console errors and uncaught exceptions: "no console errors" is a requirement,
 * and an error there is usually a bug a person would never report.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core on the whole page against WCAG 2.1 A and AA; serious and critical violations fail. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const summary = blocking.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
  expect(summary, 'serious or critical accessibility violations').toEqual([]);
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIRECTORY, `${name}.png`), fullPage: true });
}

/** Waits until no loading indicator is left (queries answered, lazy chunks and the map loaded). */
export async function waitForContent(page: Page): Promise<void> {
  await expect(page.locator('.state--loading')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

export async function chooseLanguage(page: Page, language: 'Suomi' | 'Svenska' | 'English'): Promise<void> {
  await page.getByRole('button', { name: language, exact: true }).click();
  await expect(page.getByRole('button', { name: language, exact: true })).toHaveAttribute('aria-pressed', 'true');
}

/** The demo's users, one per role (server/demo). */
export const DEMO_USERS = {
  viewer: { username: 'viewer', password: 'demo-viewer' },
  analyst: { username: 'analyst', password: 'demo-analyst' },
  owner: { username: 'owner', password: 'demo-owner' },
  board: { username: 'board', password: 'demo-board' },
  admin: { username: 'admin', password: 'demo-admin' },
  editor: { username: 'editor', password: 'demo-editor' },
} as const;
export type DemoRole = keyof typeof DEMO_USERS;

/**
 * Signs in through the API (the page's request context shares the browser's cookies), for tests
 * whose subject is not the sign-in form itself. Load or reload a page afterwards.
 */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  const response = await page.request.post('/api/session', { data: DEMO_USERS[role] });
  expect(response.status(), `sign in as ${role}`).toBe(200);
}

/**
 * Takes the console errors a test expects (e.g. the browser's own log line for a 401 answer) out of
 * the list the fixture checks, and asserts that they happened.
 */
export function expectConsoleErrors(errors: string[], pattern: RegExp): void {
  const expected = errors.filter((error) => pattern.test(error));
  expect(expected.length, `console errors matching ${pattern}`).toBeGreaterThan(0);
  errors.splice(0, errors.length, ...errors.filter((error) => !pattern.test(error)));
}
