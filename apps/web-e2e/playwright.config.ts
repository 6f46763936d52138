import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3310);
export const baseURL = `http://127.0.0.1:${port}`;
export const E2E_ADMIN_PASSWORD = 'E2e-admin-pass-2026';

/**
 * Drives the built product (API + SPA on an embedded PostgreSQL with a fresh data directory)
 * in Debian's chromium; Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: join(__dirname, 'src'),
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: join(__dirname, '../../dist/.playwright/test-results'),
  use: {
    baseURL,
    locale: 'en-US',
    // The business time zone (rule businessTimeZone), so "today" means the same day in browser and server.
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  webServer: {
    command: `node ${join(__dirname, 'serve-fresh.mjs')}`,
    url: `${baseURL}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { PORT: String(port), KEHU_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD },
  },
});
