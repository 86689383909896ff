/**
 * Client benchmark (a script, not a test):
 *  1. builds the production bundle and prints the initial JavaScript (the entry script and the chunks
 *     index.html preloads) gzipped, against the 250 KB target;
 *  2. starts the real server on a fresh demo database and, with headless Chromium, measures the time
 *     from navigation start until the overview shows its goals: one warm-up, then the median of 5
 *     cold page loads (a new browser context each), against the 1.5 s target.
 *
 *   npx tsx scripts/bench-client.ts            (BENCH_URL=http://localhost:4000 to measure a running server)
 *
 * Exits 1 when a target is missed.
 */
import { type Browser, chromium } from '@playwright/test';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../client/e2e/chromium';

const ROOT = join(import.meta.dirname, '..');
const CLIENT_DIRECTORY = join(ROOT, 'dist', 'client');
const INITIAL_JS_TARGET_BYTES = 250 * 1024;
const OVERVIEW_TARGET_MS = 1500;
const RUNS = 5;
const PORT = Number(process.env.BENCH_PORT ?? 4330);

/** The scripts a first visit loads before anything renders: the entry module and its modulepreloads. */
export function initialScripts(indexHtml: string): string[] {
  const sources = [...indexHtml.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  return [...new Set(sources.map((match) => match[1] ?? ''))].filter(Boolean);
}

function measureBundle(): { totalGzip: number; files: Array<{ file: string; raw: number; gzip: number }> } {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const indexHtml = readFileSync(join(CLIENT_DIRECTORY, 'index.html'), 'utf8');
  const files = initialScripts(indexHtml).map((source) => {
    const content = readFileSync(join(CLIENT_DIRECTORY, source.replace(/^\//, '')));
    return { file: source, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return { totalGzip: files.reduce((sum, file) => sum + file.gzip, 0), files };
}

async function startServer(): Promise<{ url: string; stop: () => void }> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL.replace(/\/$/, ''), stop: () => {} };
  const dataDirectory = mkdtempSync(join(tmpdir(), 'mittaristo-client-bench-'));
  const server: ChildProcess = spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_FILE: join(dataDirectory, 'mittaristo.sqlite') },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${PORT}`;
  const stop = () => {
    // The server runs under npx; end its whole process group (ours alone), then its temp database.
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    rmSync(dataDirectory, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet (the first start builds the demo).
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error('the server did not start within two minutes');
}

/** Milliseconds from navigation start until the first goal row is in the document. */
async function timeOverview(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const record = () => {
      if (document.querySelector('tr[data-goal-id]')) {
        (window as unknown as { goalsShownAt?: number }).goalsShownAt ??= performance.now();
        return true;
      }
      return false;
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${url}/`);
  await page.waitForSelector('tr[data-goal-id]', { timeout: 30_000 });
  const shownAt = await page.evaluate(() => (window as unknown as { goalsShownAt?: number }).goalsShownAt ?? performance.now());
  await context.close();
  return shownAt;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const bundle = measureBundle();
  console.log('Initial JavaScript (gzip -9):');
  for (const file of bundle.files) console.log(`  ${file.file.padEnd(48)} ${kilobytes(file.raw).padStart(10)} raw  ${kilobytes(file.gzip).padStart(9)} gzip`);
  const bundleOk = bundle.totalGzip <= INITIAL_JS_TARGET_BYTES;
  console.log(`  total ${kilobytes(bundle.totalGzip)} gzip (target ≤ ${kilobytes(INITIAL_JS_TARGET_BYTES)}): ${bundleOk ? 'OK' : 'OVER TARGET'}`);

  const server = await startServer();
  // Inside the try, so that a browser that fails to start does not leave the detached server running.
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    await timeOverview(browser, server.url); // warm-up: the server's first attainment reads a cold database
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) times.push(await timeOverview(browser, server.url));
    const overviewMedian = median(times);
    const overviewOk = overviewMedian <= OVERVIEW_TARGET_MS;
    console.log(`Overview shows its goals (cold page load, ${RUNS} runs): ${times.map((time) => `${Math.round(time)} ms`).join(', ')}`);
    console.log(`  median ${Math.round(overviewMedian)} ms (target ≤ ${OVERVIEW_TARGET_MS} ms): ${overviewOk ? 'OK' : 'OVER TARGET'}`);
    process.exitCode = bundleOk && overviewOk ? 0 : 1;
  } finally {
    await browser?.close();
    server.stop();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
