#!/usr/bin/env node
// First-load figures of the built product in headless Debian chromium (docs/performance.md, "First
// load"): a cold /login, then /customers after a hard reload (cache bypassed, as Ctrl+Shift+R) and
// after a normal reload — bytes transferred on the wire (headers included, as chromium counts them),
// requests, and the time until the first customer row is visible.
//
//   npm run bench:first-load      (builds the API and the SPA, then runs this file)
//
// Starts dist/apps/api/main.js with the demo company (KEHU_DEMO) on a throwaway data directory on
// FIRST_LOAD_PORT (default 3312); FIRST_LOAD_RUNS (default 3) runs of each, medians printed.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.FIRST_LOAD_PORT ?? 3312);
const runs = Number(process.env.FIRST_LOAD_RUNS ?? 3);
const base = `http://127.0.0.1:${port}`;
const password = 'First-load-admin-2026';

if (!existsSync(join(root, 'dist/apps/web/index.html')) || !existsSync(join(root, 'dist/apps/api/main.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), 'kehu-first-load-'));
chmodSync(dataDir, 0o755);
const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    KEHU_DATA_DIR: dataDir,
    KEHU_WEB_ROOT: join(root, 'dist/apps/web'),
    KEHU_ADMIN_PASSWORD: password,
    KEHU_DEMO: '1',
    KEHU_SCHEDULER: 'false',
    LOG_LEVEL: 'warn',
  },
});
const serverExited = new Promise((done) => server.on('exit', done));

async function stopServer() {
  server.kill('SIGTERM');
  await serverExited;
  rmSync(dataDir, { recursive: true, force: true });
}

async function waitForHealth() {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not answer /health in 180 s');
}

const header = (headers, name) => Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? '';

/** Counts what chromium puts on the wire for one page, from the DevTools protocol. */
async function wireCounter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    requests.set(requestId, {
      url: response.url,
      type,
      encoding: header(response.headers, 'content-encoding'),
      cacheControl: header(response.headers, 'cache-control'),
      fromCache: response.fromDiskCache || response.fromPrefetchCache || response.fromServiceWorker,
      bytes: 0,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = requests.get(requestId);
    if (r) r.bytes = encodedDataLength;
  });
  return {
    cdp,
    reset: () => requests.clear(),
    summary() {
      const all = [...requests.values()];
      const byType = {};
      for (const r of all) {
        const key = r.url.includes('/api/') ? 'api' : r.type.toLowerCase();
        byType[key] ??= { requests: 0, bytes: 0 };
        byType[key].requests += 1;
        byType[key].bytes += r.bytes;
      }
      return { requests: all.length, bytes: all.reduce((s, r) => s + r.bytes, 0), byType, all };
    },
  };
}

async function settle(page) {
  await page.waitForLoadState('networkidle');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function measure(browser) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const wire = await wireCounter(page);

  // Cold /login: an empty cache.
  let started = Date.now();
  await page.goto(`${base}/login`);
  await page.getByTestId('login-username').waitFor();
  const loginVisibleMs = Date.now() - started;
  await settle(page);
  const login = { ...wire.summary(), visibleMs: loginVisibleMs };

  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`${base}/customers`);
  await page.locator('[data-testid^="customers-row-"]').first().waitFor();
  await settle(page);

  // Hard reload: the browser revalidates nothing and fetches everything again.
  await wire.cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  wire.reset();
  started = Date.now();
  await page.reload();
  await page.locator('[data-testid^="customers-row-"]').first().waitFor();
  const hardRowsMs = Date.now() - started;
  await settle(page);
  const hard = { ...wire.summary(), visibleMs: hardRowsMs };

  // Normal reload: what the cache headers save on every later visit.
  await wire.cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  wire.reset();
  started = Date.now();
  await page.reload();
  await page.locator('[data-testid^="customers-row-"]').first().waitFor();
  const warmRowsMs = Date.now() - started;
  await settle(page);
  const warm = { ...wire.summary(), visibleMs: warmRowsMs };

  await context.close();
  return { login, hard, warm };
}

try {
  await waitForHealth();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const results = [];
  // One unmeasured pass warms the server (JIT, caches, the demo data's pages).
  await measure(browser);
  for (let i = 0; i < runs; i++) results.push(await measure(browser));
  await browser.close();

  const last = results.at(-1);
  console.log(`\nFirst load, ${runs} runs (median time; bytes of the last run, headers included)\n`);
  console.log('| page | transferred | requests | JS | CSS | API | time to visible |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [label, key, what] of [
    ['cold /login', 'login', 'form'],
    ['/customers hard reload', 'hard', 'rows'],
    ['/customers reload (cache)', 'warm', 'rows'],
  ]) {
    const s = last[key];
    const t = (k) => s.byType[k] ?? { requests: 0, bytes: 0 };
    console.log(
      `| ${label} | ${kb(s.bytes)} | ${s.requests} | ${kb(t('script').bytes)} in ${t('script').requests} | ${kb(t('stylesheet').bytes)} in ${t('stylesheet').requests} | ${kb(t('api').bytes)} in ${t('api').requests} | ${median(results.map((r) => r[key].visibleMs))} ms (${what}) |`,
    );
  }
  if (process.env.FIRST_LOAD_VERBOSE) {
    for (const r of last.hard.all) console.log(`${String(r.bytes).padStart(8)} ${r.encoding.padEnd(4)} ${r.cacheControl.padEnd(40)} ${r.url.replace(base, '')}`);
  }
} finally {
  await stopServer();
}
