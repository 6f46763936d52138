import { expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';

const DEPARTMENT = 'E2E 华南销售组';
const ROLE_CODE = 'e2e_org_viewer';
const ROLE_NAME = 'E2E 组织查看员';
const USER = 'e2e.viewer';
const FIRST_PASSWORD = 'First-pass-2026';
const OWN_PASSWORD = 'Own-pass-2026x';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function pick(page: Page, text: string) {
  await page.locator('.el-select-dropdown__item:visible, .el-tree-node__content:visible', { hasText: text }).first().click();
}

test('an administrator builds a department, a limited role and a user; that user sees only what the role allows', async ({ page }) => {
  await signIn(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page.getByTestId('home-page')).toBeVisible();

  // Department
  await page.getByTestId('menu-departments').click();
  await expect(page.getByTestId('departments-page')).toBeVisible();
  await page.getByTestId('departments-create-root').click();
  await page.getByTestId('departments-form-name').fill(DEPARTMENT);
  await page.getByTestId('departments-form-save').click();
  await expect(page.getByTestId(`departments-node-${DEPARTMENT}`)).toBeVisible();

  // Role: may only read departments, scope ALL
  await page.getByTestId('menu-roles').click();
  await page.getByTestId('roles-create').click();
  await page.getByTestId('roles-form-code').fill(ROLE_CODE);
  await page.getByTestId('roles-form-name').fill(ROLE_NAME);
  await page.getByTestId('roles-form-data-scope').click();
  await page.getByTestId('roles-form-data-scope-ALL').click();
  await page.locator('.el-tree-node__content', { has: page.getByTestId('permission-department:read') }).locator('.el-checkbox').click();
  await page.getByTestId('roles-form-save').click();
  await expect(page.getByTestId(`roles-row-${ROLE_CODE}`)).toBeVisible();

  // User in that department with that role
  await page.getByTestId('menu-users').click();
  await page.getByTestId('users-create').click();
  await page.getByTestId('users-form-username').fill(USER);
  await page.getByTestId('users-form-display-name').fill('E2E 查看员');
  await page.getByTestId('users-form-password').fill(FIRST_PASSWORD);
  await page.getByTestId('users-form-drawer').locator('.el-select[data-testid="users-form-department"]').click();
  await pick(page, DEPARTMENT);
  await page.getByTestId('users-form-roles').click();
  await pick(page, ROLE_NAME);
  await page.getByTestId('users-form-drawer').locator('.el-drawer__header').click(); // close the dropdown
  await page.getByTestId('users-form-save').click();
  await expect(page.getByTestId(`users-row-${USER}`)).toBeVisible();

  // Sign out, sign in as the new user (who must choose a password first)
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-logout').click();
  await expect(page.getByTestId('login-username')).toBeVisible();
  await signIn(page, USER, FIRST_PASSWORD);
  await expect(page.getByTestId('change-password-dialog')).toBeVisible();
  await page.getByTestId('change-password-current').fill(FIRST_PASSWORD);
  await page.getByTestId('change-password-new').fill(OWN_PASSWORD);
  await page.getByTestId('change-password-confirm').fill(OWN_PASSWORD);
  await page.getByTestId('change-password-save').click();
  await expect(page.getByTestId('change-password-dialog')).toBeHidden();

  // Only the allowed menu is there
  await expect(page.getByTestId('menu-departments')).toBeVisible();
  for (const hidden of ['menu-users', 'menu-roles', 'menu-api-keys', 'menu-audit-logs', 'menu-dictionaries', 'menu-rules']) {
    await expect(page.getByTestId(hidden)).toHaveCount(0);
  }
  await page.getByTestId('menu-departments').click();
  await expect(page.getByTestId(`departments-node-${DEPARTMENT}`)).toBeVisible();

  // A forbidden page is refused in the SPA, and the API refuses the call itself with 403
  await page.goto('/system/users');
  await expect(page.getByTestId('forbidden-page')).toBeVisible();
  const status = await page.evaluate(async () => {
    const token = localStorage.getItem('kehu.accessToken');
    const res = await fetch('/api/v1/users', { headers: { Authorization: `Bearer ${token}` } });
    return { status: res.status, type: res.headers.get('content-type') };
  });
  expect(status.status).toBe(403);
  expect(status.type).toContain('application/problem+json');
});
