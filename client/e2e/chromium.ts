/**
 * How the browser tests (playwright.config.ts) and the client benchmark (scripts/bench-client.ts)
 * launch Chromium: Debian's build (`scripts/ensure-chromium.sh` installs it); Playwright never
 * downloads a browser here.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium floods the closed network with refused connections.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
