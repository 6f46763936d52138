import { expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';

const REP = 'e2e.rep';
const REP_PASSWORD = 'Rep-first-pass-1';
const CUSTOMER = '靖江市春意空调有限公司';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** A sales rep set up through the API (the admin UI flow is covered by access-control.e2e.ts). */
async function createRep(page: Page): Promise<void> {
  const api = page.request;
  const login = await api.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const token = (await login.json()).accessToken;
  const headers = { Authorization: `Bearer ${token}` };
  const roles = await (await api.get('/api/v1/roles', { headers })).json();
  const rep = roles.find((r: { code: string }) => r.code === 'sales_rep');
  const res = await api.post('/api/v1/users', { headers, data: { username: REP, displayName: 'E2E 客户经理', password: REP_PASSWORD, roleIds: [rep.id] } });
  expect(res.status()).toBe(201);
}

async function fillCustomer(page: Page, name: string, phone: string) {
  await page.getByTestId('customers-create').click();
  await page.getByTestId('customer-form-name').fill(name);
  await page.getByTestId('customer-form-address').fill('江苏省靖江市人民路 88 号');
  await page.getByTestId('customer-form-industry').click();
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await page.getByTestId('customer-form-phone').fill(phone);
  await page.getByTestId('customer-form-description').fill('生产空调');
}

test('a rep creates a customer, is refused a duplicate, adds a contact and a follow-up, and sees the reminder at home', async ({ page }) => {
  await createRep(page);
  await signIn(page, REP, REP_PASSWORD);
  // A new user chooses their own password first.
  await expect(page.getByTestId('change-password-dialog')).toBeVisible();
  await page.getByTestId('change-password-current').fill(REP_PASSWORD);
  await page.getByTestId('change-password-new').fill('Rep-own-pass-22');
  await page.getByTestId('change-password-confirm').fill('Rep-own-pass-22');
  await page.getByTestId('change-password-save').click();
  await expect(page.getByTestId('change-password-dialog')).toBeHidden();

  // Create
  await page.getByTestId('menu-customers').click();
  await fillCustomer(page, CUSTOMER, '0523-84888888');
  await page.getByTestId('customer-form-save').click();
  await expect(page.getByTestId(`customers-row-${CUSTOMER}`)).toBeVisible();

  // The same company under another spelling: live hints, then a refusal naming the existing record
  await fillCustomer(page, '靖江市春意空调股份有限公司', '0523-80000001');
  await expect(page.getByTestId('customer-duplicate-hints')).toBeVisible();
  await expect(page.getByTestId(`customer-duplicate-hint-${CUSTOMER}`)).toBeVisible();
  await page.getByTestId('customer-form-save').click();
  await expect(page.getByText(CUSTOMER, { exact: false }).first()).toBeVisible();
  const count = await page.evaluate(async () => {
    const token = localStorage.getItem('kehu.accessToken');
    const res = await fetch('/api/v1/customers', { headers: { Authorization: `Bearer ${token}` } });
    return (await res.json()).total;
  });
  expect(count).toBe(1);
  await page.keyboard.press('Escape');

  // Contact and follow-up with a next contact date of today
  await page.goto('/customers');
  await page.getByTestId(`customers-row-${CUSTOMER}`).click();
  await expect(page.getByTestId('customer-detail')).toBeVisible();
  await page.getByTestId('customer-tab-contacts').click();
  await page.getByTestId('contacts-create').click();
  await page.getByTestId('contact-form-name').fill('王建国');
  await page.getByTestId('contact-form-mobile').fill('13800138000');
  await page.getByTestId('contact-form-save').click();
  await expect(page.getByTestId('contacts-row-王建国')).toBeVisible();

  await page.getByTestId('customer-tab-timeline').click();
  const form = page.getByTestId('follow-up-form');
  await form.getByTestId('follow-up-form-method').click();
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await form.getByTestId('follow-up-form-summary').fill('介绍新款压缩机方案');
  // Met an hour ago, to call back half an hour ago: already due, so it stays the same reminder however long the
  // run takes (a time still ahead would turn due in the middle of another spec's counts). Typed as the browser
  // (Asia/Shanghai, like the business time zone) shows it.
  const shanghai = (at: Date) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(at)
        .map((p) => [p.type, p.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:00`;
  };
  const typeTime = async (testId: string, at: Date) => {
    const input = form.getByTestId(testId).locator('input');
    await input.fill(shanghai(at));
    await input.press('Enter');
  };
  await typeTime('follow-up-form-time', new Date(Date.now() - 60 * 60_000));
  await typeTime('follow-up-form-next-contact', new Date(Date.now() - 30 * 60_000));
  await form.getByTestId('follow-up-form-save').click();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: '介绍新款压缩机方案' })).toBeVisible();

  // The reminder is on the home page, with a count in the header
  await page.getByTestId('menu-home').click();
  await expect(page.getByTestId('home-reminders')).toBeVisible();
  await expect(page.getByTestId(`home-reminder-${CUSTOMER}`)).toBeVisible();
  await expect(page.getByTestId('header-reminders-badge')).toContainText('1');
});
