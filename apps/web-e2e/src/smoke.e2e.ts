import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';

test('serves the SPA, the API and its documentation from one port', async ({ page, request }) => {
  const health = await request.get('/health');
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'up' });
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  expect(login.status()).toBe(200);
  const docs = await request.get('/api/docs-json');
  expect(Object.keys((await docs.json()).paths)).toContain('/api/v1/auth/login');
  const unknown = await request.get('/api/v1/nothing-here');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['content-type']).toContain('application/problem+json');

  // A deep link is answered by the SPA, which sends an anonymous visitor to the login page.
  await page.goto('/system/users');
  await expect(page.getByTestId('login-username')).toBeVisible();
});
