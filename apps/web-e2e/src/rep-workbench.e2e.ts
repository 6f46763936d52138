import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { Caller, login } from './support/api';

const PASSWORD = 'Workbench-pass-2026';

/** A sales rep who has already chosen a password (so the UI sign-in is not asked to change it). */
async function createRep(api: APIRequestContext, admin: Caller, username: string, displayName: string): Promise<Caller> {
  const roles: { id: string; code: string }[] = await (await api.get('/api/v1/roles', { headers: admin })).json();
  const roleId = roles.find((r) => r.code === 'sales_rep')?.id;
  const first = `${PASSWORD}-first`;
  const created = await api.post('/api/v1/users', { headers: admin, data: { username, displayName, password: first, roleIds: [roleId] } });
  expect(created.status()).toBe(201);
  const own = await login(api, username, first);
  const changed = await api.post('/api/v1/auth/change-password', { headers: own, data: { currentPassword: first, newPassword: PASSWORD } });
  expect(changed.ok()).toBe(true);
  return login(api, username, PASSWORD);
}

async function setRule(api: APIRequestContext, admin: Caller, key: string, value: unknown): Promise<void> {
  const res = await api.put(`/api/v1/settings/rules/${key}`, { headers: admin, data: { value } });
  expect(res.ok(), `rule ${key}`).toBe(true);
}

/** Customers entered by `owner` and given up to the pool at once (through the API: the UI flow is lifecycle.e2e.ts). */
async function poolCustomers(api: APIRequestContext, owner: Caller, names: string[], phoneBase: number): Promise<void> {
  for (const [i, name] of names.entries()) {
    const created = await api.post('/api/v1/customers', {
      headers: owner,
      data: { name, address: '江苏省无锡市新吴区长江路 8 号', industry: 'manufacturing', phone: `0510-8${phoneBase + i}`, description: '工业自动化' },
    });
    expect(created.status(), name).toBe(201);
    const { id } = await created.json();
    const abandoned = await api.post(`/api/v1/customers/${id}/abandon`, { headers: owner, data: { reason: '区域调整，交给同事跟进' } });
    expect(abandoned.status(), name).toBe(204);
  }
}

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
}

// The SPA starts in Chinese (zh-CN) whatever the browser's language: the texts below are the Chinese ones.
test('batch claim shows the quota left today and claims no more than it', async ({ page }) => {
  test.setTimeout(120_000);
  const api = page.request;
  const admin = await login(api, 'admin', E2E_ADMIN_PASSWORD);
  const giver = await createRep(api, admin, 'e2e.wb.giver', 'E2E 钱进');
  await createRep(api, admin, 'e2e.wb.taker', 'E2E 孙立');
  const names = ['无锡市东方精工有限公司', '无锡市华益机电有限公司', '无锡市利达自控有限公司'];
  await poolCustomers(api, giver, names, 5550001);
  await setRule(api, admin, 'maxDailyClaims', 2);

  await signIn(page, 'e2e.wb.taker');
  await page.getByTestId('menu-customer-pool').click();
  const table = page.getByTestId('pool-table');
  for (const name of names) await expect(table.getByTestId(`pool-row-${name}`)).toBeVisible();
  for (const name of names) await table.locator('tr', { has: page.getByTestId(`pool-row-${name}`) }).locator('.el-checkbox').click();
  await expect(page.getByTestId('pool-selected-count')).toHaveText('已选 3 项');
  await page.getByTestId('pool-batch-claim').click();

  const dialog = page.getByTestId('pool-claim-dialog');
  await expect(dialog.getByTestId('pool-claim-quota')).toHaveText('今日还可领取 2/2');
  await expect(dialog.getByTestId('pool-claim-over-quota')).toContainText('今日只能再领取前 2 个');
  await dialog.getByTestId('pool-claim-confirm').click();
  await expect(dialog.getByTestId('pool-claim-result')).toContainText('成功领取 2 个，未领取 1 个');
  await expect(dialog.getByTestId('pool-claim-quota')).toHaveText('今日还可领取 0/2');
  await expect(dialog.getByTestId(`pool-claim-failed-${names[2]}`)).toBeVisible();
  await dialog.getByTestId('pool-claim-close').click();

  // Exactly what the quota allowed left the pool; the third stays there.
  await expect(table.getByTestId(`pool-row-${names[0]}`)).toHaveCount(0);
  await expect(table.getByTestId(`pool-row-${names[1]}`)).toHaveCount(0);
  await expect(table.getByTestId(`pool-row-${names[2]}`)).toBeVisible();
  const mine = await (await api.get('/api/v1/customers?mine=true&pageSize=50', { headers: await login(api, 'e2e.wb.taker', PASSWORD) })).json();
  expect(mine.items.map((c: { name: string }) => c.name).sort()).toEqual([names[0], names[1]].sort());
  await setRule(api, admin, 'maxDailyClaims', 20);
});

test.describe('at phone width (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a rep finds a customer, writes a follow-up and claims from the pool', async ({ page }) => {
    test.setTimeout(120_000);
    const api = page.request;
    const admin = await login(api, 'admin', E2E_ADMIN_PASSWORD);
    const colleague = await createRep(api, admin, 'e2e.wb.colleague', 'E2E 郑华');
    const rep = await createRep(api, admin, 'e2e.wb.mobile', 'E2E 冯雪');
    const own = '常州市天宁区润和贸易有限公司';
    const created = await api.post('/api/v1/customers', {
      headers: rep,
      data: { name: own, address: '江苏省常州市天宁区 1 号', industry: 'manufacturing', phone: '0519-85550001', description: '贸易' },
    });
    expect(created.status()).toBe(201);
    const pooled = '常州市武进区恒信机械有限公司';
    await setRule(api, admin, 'maxDailyClaims', 20);
    await poolCustomers(api, colleague, [pooled], 5560001);

    await signIn(page, 'e2e.wb.mobile');
    // The sidebar is a drawer: closed, the page has the whole width.
    await expect(page.getByTestId('sidebar-drawer')).toBeHidden();
    await page.getByTestId('sidebar-toggle').click();
    await page.getByTestId('menu-customers').click();
    await expect(page.getByTestId('sidebar-drawer')).toBeHidden();

    // Find the customer: cards, not a table; the phone number dials.
    await page.getByTestId('customers-search-q').fill('润和');
    await page.getByTestId('customers-search').click();
    await expect(page.getByTestId('customers-table')).toHaveCount(0);
    const card = page.getByTestId('customers-card').filter({ hasText: own });
    await expect(card).toHaveCount(1);
    await expect(card.locator('a[href="tel:0519-85550001"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Write a follow-up from the card: a full-screen dialog, next contact by shortcut.
    await card.getByTestId(`customers-card-follow-up-${own}`).click();
    const dialog = page.getByTestId('follow-up-dialog');
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(389);
    await dialog.getByTestId('follow-up-form-method').click();
    await page.locator('.el-select-dropdown__item:visible').first().click();
    await dialog.getByTestId('follow-up-form-summary').fill('电话回访，约下周面谈');
    await dialog.getByTestId('follow-up-form-next-tomorrow').click();
    await expect(dialog.getByTestId('follow-up-form-next-contact').locator('input')).not.toHaveValue('');
    await dialog.getByTestId('follow-up-form-save').click();
    await expect(dialog).toBeHidden();
    const followUps = await (await api.get('/api/v1/follow-ups?pageSize=20', { headers: rep })).json();
    expect(followUps.items.map((f: { summary: string }) => f.summary)).toContain('电话回访，约下周面谈');

    // Claim from the pool: a card with its primary action, the quota confirmed first.
    await page.getByTestId('sidebar-toggle').click();
    await page.getByTestId('menu-customer-pool').click();
    const poolCard = page.getByTestId('pool-card').filter({ hasText: pooled });
    await expect(poolCard).toHaveCount(1);
    await poolCard.getByTestId(`pool-claim-${pooled}`).click();
    const claim = page.getByTestId('pool-claim-dialog');
    await expect(claim.getByTestId('pool-claim-quota')).toContainText('今日还可领取');
    await claim.getByTestId('pool-claim-confirm').click();
    await expect(page.getByTestId('customer-detail-name')).toHaveText(pooled);
    await expect(page.getByTestId('customer-stage')).toHaveAttribute('data-stage', 'POTENTIAL_PROTECTED');
  });
});
