import { expect, test } from '@playwright/test';
import { networkInterfaces } from 'node:os';
import { baseURL, E2E_ADMIN_PASSWORD } from '../playwright.config';

/** The machine's first non-loopback IPv4 address: how a colleague on the intranet reaches the install. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
}

// Issue 18, finding 13: over plain HTTP by a LAN address the CSP's upgrade-insecure-requests made the
// browser fetch the SPA's scripts over https (a blank page); localhost is exempt, so only this shows it.
test('opens the SPA by a LAN address over plain HTTP and signs in', async ({ page }) => {
  const address = lanAddress();
  expect(address, 'this test needs a non-loopback IPv4 address on the machine').toBeDefined();
  const origin = `http://${address}:${new URL(baseURL).port}`;
  const broken: string[] = [];
  page.on('requestfailed', (request) => broken.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) broken.push(message.text());
  });

  await page.goto(`${origin}/login`);
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(E2E_ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(origin);
  expect(broken).toEqual([]);

  // Over plain HTTP the answers carry neither HSTS nor an upgrade of subresources.
  const answer = await page.request.get(`${origin}/`);
  expect(answer.headers()['strict-transport-security']).toBeUndefined();
  expect(answer.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
});
