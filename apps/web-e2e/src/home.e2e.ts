import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';

const CJK = /[\u4e00-\u9fff]/;
// Unlike every other e2e customer, so the duplicate check lets each of them in.
const NAMES = ['连云港市海州瑞丰轴承有限公司', '宿迁市泗阳晨光包装有限公司', '淮安市清江浦鼎盛食品有限公司'];

async function adminApi(request: APIRequestContext): Promise<{ headers: Record<string, string>; id: string }> {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  expect(login.status()).toBe(200);
  const body = await login.json();
  return { headers: { Authorization: `Bearer ${body.accessToken}` }, id: body.user.id };
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(E2E_ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
}

test('signing in with Enter sends one login and opens one session', async ({ page, request }) => {
  const admin = await adminApi(request);
  const sessions = async () =>
    (await (await request.get(`/api/v1/audit-logs?action=LOGIN&actorId=${admin.id}&pageSize=1`, { headers: admin.headers })).json()).total as number;
  const before = await sessions();
  const logins: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/auth/login') logins.push(r.url());
  });

  await page.goto('/login');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(E2E_ADMIN_PASSWORD);
  await page.getByTestId('login-password').press('Enter');
  await expect(page.getByTestId('home-page')).toBeVisible();

  expect(logins).toHaveLength(1);
  expect(await sessions()).toBe(before + 1);
});

test('each home counter opens the list showing exactly the rows it counts', async ({ page, request }) => {
  const admin = await adminApi(request);
  // Three customers of the admin's, two with a next contact already due.
  for (const [i, due] of [
    [1, true],
    [2, true],
    [3, false],
  ] as const) {
    const created = await request.post('/api/v1/customers', {
      headers: admin.headers,
      data: { name: NAMES[i - 1], address: '江苏省连云港市海州区 1 号', industry: 'manufacturing', phone: `0518-8260000${i}`, description: '首页计数' },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    const now = Date.now();
    const followUp = await request.post(`/api/v1/customers/${id}/follow-ups`, {
      headers: admin.headers,
      data: {
        method: 'phone',
        occurredAt: new Date(now - 3 * 86_400_000).toISOString(),
        summary: '电话沟通',
        nextContactAt: new Date(due ? now - 86_400_000 : now + 7 * 86_400_000).toISOString(),
      },
    });
    expect(followUp.status()).toBe(201);
  }

  await signIn(page);
  for (const card of ['myCustomers', 'myFollowUpsDue', 'teamCustomers', 'teamFollowUpsDue']) {
    await page.getByTestId('menu-home').click();
    const counter = page.getByTestId(`home-count-${card}`);
    await expect(counter).toBeVisible();
    const counted = Number(await counter.getAttribute('data-total'));
    expect(counted).toBeGreaterThan(0);
    const listed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/customers' && r.request().method() === 'GET');
    await counter.click();
    const answer = await (await listed).json();
    await expect(page.getByTestId('customers-page')).toBeVisible();
    expect(answer.total).toBe(counted);
    await expect(page.locator('[data-testid="customers-page"] .el-table__body-wrapper tbody tr')).toHaveCount(Math.min(counted, 20));
  }
  // The admin's own follow-ups due: exactly the two customers due above.
  await page.getByTestId('menu-home').click();
  await expect(page.getByTestId('home-count-myFollowUpsDue')).toHaveAttribute('data-total', '2');
});

test('English mode shows no Chinese in the chrome, menus and built-in role names; zh-CN no stray English there', async ({ page }) => {
  await signIn(page);
  const chromeText = () =>
    page.evaluate(() => {
      const parts = [document.querySelector('.aside'), document.querySelector('.header')].map((el) => {
        const copy = el?.cloneNode(true) as HTMLElement | undefined;
        copy?.querySelector('[data-testid="user-menu"]')?.remove(); // the user's own name is data, not chrome
        return copy?.textContent ?? '';
      });
      return parts.join(' ');
    });
  // Menu entries whose label does not fit the sidebar (English words are longer than their Chinese).
  const clippedMenuEntries = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.aside .el-menu-item, .aside .el-sub-menu__title')]
        .filter((el) => el.scrollWidth > el.clientWidth)
        .map((el) => el.textContent?.trim()),
    );

  await page.getByTestId('locale-switch').click();
  await page.getByTestId('locale-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/system/roles');
  await expect(page.getByTestId('roles-name-sales_rep')).toBeVisible();
  expect(await chromeText()).not.toMatch(CJK);
  expect(await clippedMenuEntries()).toEqual([]);
  const builtIn = ['admin', 'executive', 'sales_manager', 'sales_rep', 'reviewer', 'service_agent', 'finance'];
  for (const code of builtIn) expect(await page.getByTestId(`roles-name-${code}`).textContent()).not.toMatch(CJK);

  await page.getByTestId('locale-switch').click();
  await page.getByTestId('locale-zh-CN').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('roles-name-sales_rep')).toHaveText('客户经理');
  // Only the product's name and "API" are Latin in the Chinese chrome.
  expect((await chromeText()).replace(/\b(CRM|API)\b/g, '')).not.toMatch(/[A-Za-z]{2,}/);
  expect(await clippedMenuEntries()).toEqual([]);
});
