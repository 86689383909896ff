import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './client/e2e/chromium';

/**
 * Browser tests against the real server on a fresh demo database. Debian's Chromium is used
 * (`scripts/ensure-chromium.sh` installs it); Playwright never downloads a browser here.
 */
// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4320);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The local Sotkanet stand-in (built from data/), on the next port: the Data view's "Update from Sotkanet" fetches from it.
const SOTKANET_PORT = PORT + 1;
const SOTKANET_URL = `http://127.0.0.1:${SOTKANET_PORT}/rest/1.1`;

// The config is also read by every worker process: create the database folder once and hand it on.
process.env.MITTARISTO_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'mittaristo-e2e-'));
const databaseFile = join(process.env.MITTARISTO_E2E_DATA_DIR, 'mittaristo.sqlite');
// A second server that requires sign-in for reading (REQUIRE_SIGN_IN=1), on its own demo database:
// the public service promise page must work there signed out (client/e2e/promise.spec.ts).
const SIGN_IN_PORT = Number(process.env.E2E_SIGN_IN_PORT ?? PORT + 4);
process.env.E2E_SIGN_IN_REQUIRED_URL ??= `http://127.0.0.1:${SIGN_IN_PORT}`;
// Two servers on empty databases (SEED_DEMO=0: only the reference data), where the strategy workspace's
// journey starts from nothing in Finnish and in Swedish (client/e2e/workspace-journey.spec.ts). Their
// first admin comes from ADMIN_USERNAME / ADMIN_PASSWORD, as in a real installation.
const EMPTY_PORTS = { fi: Number(process.env.E2E_EMPTY_PORT ?? PORT + 2), sv: Number(process.env.E2E_EMPTY_PORT ?? PORT + 2) + 1 };
process.env.E2E_EMPTY_URL_FI ??= `http://127.0.0.1:${EMPTY_PORTS.fi}`;
process.env.E2E_EMPTY_URL_SV ??= `http://127.0.0.1:${EMPTY_PORTS.sv}`;
process.env.E2E_EMPTY_ADMIN ??= 'e2e-admin';
process.env.E2E_EMPTY_PASSWORD ??= 'e2e-admin-passphrase';
const emptyServer = (language: 'fi' | 'sv') => ({
  command: 'npx tsx server/main.ts',
  url: `${language === 'fi' ? process.env.E2E_EMPTY_URL_FI : process.env.E2E_EMPTY_URL_SV}/healthz`,
  env: {
    PORT: String(EMPTY_PORTS[language]),
    HOST: '127.0.0.1',
    DATABASE_FILE: join(process.env.MITTARISTO_E2E_DATA_DIR as string, `empty-${language}.sqlite`),
    SEED_DEMO: '0',
    ADMIN_USERNAME: process.env.E2E_EMPTY_ADMIN as string,
    ADMIN_PASSWORD: process.env.E2E_EMPTY_PASSWORD as string,
  },
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: 'client/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  // Tests share one database, and the upload test writes (and then undoes) a load.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    // The loading spinner is the dashboard's only animation. Filmed by the trace's screencast, its
    // endless frames starved a loaded machine's CPU: the review report (31 charts, about 1 s to
    // render) then showed after 8–15 s instead of 1–2 s, past the 10 s expect timeout. With reduced
    // motion (which the dashboard honours) the spinner stands still and the trace keeps its film.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } }],
  webServer: [
    {
      command: `npx tsx scripts/fake-sotkanet.ts --port ${SOTKANET_PORT}`,
      url: `${SOTKANET_URL}/regions`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx vite build --logLevel warn && npx tsx server/main.ts',
      url: `${BASE_URL}/healthz`,
      env: { PORT: String(PORT), HOST: '127.0.0.1', DATABASE_FILE: databaseFile, SEED_DEMO: '1', SOTKANET_URL },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx server/main.ts',
      url: `${process.env.E2E_SIGN_IN_REQUIRED_URL}/healthz`,
      env: {
        PORT: String(SIGN_IN_PORT),
        HOST: '127.0.0.1',
        DATABASE_FILE: join(process.env.MITTARISTO_E2E_DATA_DIR, 'sign-in-required.sqlite'),
        SEED_DEMO: '1',
        REQUIRE_SIGN_IN: '1',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    emptyServer('fi'),
    emptyServer('sv'),
  ],
});
