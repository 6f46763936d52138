import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';

const PASSWORD = 'Lifecycle-pass-2026';
const REP_A = { username: 'e2e.lc.rep.a', displayName: 'E2E 周明' };
const REP_B = { username: 'e2e.lc.rep.b', displayName: 'E2E 吴芳' };
const REVIEWER = { username: 'e2e.lc.reviewer', displayName: 'E2E 审核员' };
const CUSTOMER = '苏州市恒远精密机械有限公司';

/**
 * Users with a built-in role, set up through the API (the admin UI flow is covered by
 * access-control.e2e.ts); each chooses its own password at once so the UI sign-in is not asked to.
 */
async function createUsers(api: APIRequestContext): Promise<void> {
  const login = await api.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const roles: { id: string; code: string }[] = await (await api.get('/api/v1/roles', { headers })).json();
  const roleId = (code: string) => {
    const role = roles.find((r) => r.code === code);
    expect(role, code).toBeTruthy();
    return (role as { id: string }).id;
  };
  for (const [user, role] of [
    [REP_A, 'sales_rep'],
    [REP_B, 'sales_rep'],
    [REVIEWER, 'reviewer'],
  ] as const) {
    const first = `${PASSWORD}-first`;
    const created = await api.post('/api/v1/users', { headers, data: { ...user, password: first, roleIds: [roleId(role)] } });
    expect(created.status()).toBe(201);
    const own = await api.post('/api/v1/auth/login', { data: { username: user.username, password: first } });
    const token = (await own.json()).accessToken;
    const changed = await api.post('/api/v1/auth/change-password', {
      headers: { Authorization: `Bearer ${token}` },
      data: { currentPassword: first, newPassword: PASSWORD },
    });
    expect(changed.ok()).toBe(true);
  }
}

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-menu-logout').click();
  await expect(page.getByTestId('login-username')).toBeVisible();
}

test('a rep enters a customer, a reviewer approves it once it has a complete contact, the rep abandons it, another rep claims it from the pool', async ({ page }) => {
  // Seven sign-ins (the reviewer twice, the rep back in between to add the contact the review needs).
  test.setTimeout(120_000);
  await createUsers(page.request);

  // Rep A enters the customer: pending review, no countdown yet.
  await signIn(page, REP_A.username);
  await page.getByTestId('menu-customers').click();
  await page.getByTestId('customers-create').click();
  await page.getByTestId('customer-form-name').fill(CUSTOMER);
  await page.getByTestId('customer-form-address').fill('江苏省苏州市工业园区星湖街 328 号');
  await page.getByTestId('customer-form-industry').click();
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await page.getByTestId('customer-form-phone').fill('0512-66668888');
  await page.getByTestId('customer-form-description').fill('精密机械加工');
  await page.getByTestId('customer-form-save').click();
  await page.getByTestId(`customers-row-${CUSTOMER}`).click();
  await expect(page.getByTestId('customer-detail-name')).toHaveText(CUSTOMER);
  await expect(page.getByTestId('customer-stage')).toHaveAttribute('data-stage', 'POTENTIAL_PENDING');
  await expect(page.getByTestId('customer-pending-review')).toBeVisible();
  await expect(page.getByTestId('customer-protection-countdown')).toHaveCount(0);
  await signOut(page);

  // The reviewer sees it in the queue with the missing contact highlighted: the approval is refused until
  // the customer has a contact with name, phone and title (seed 004).
  await signIn(page, REVIEWER.username);
  await page.getByTestId('menu-customer-reviews').click();
  await expect(page.getByTestId('review-queue-page')).toBeVisible();
  await expect(page.getByTestId(`review-row-${CUSTOMER}`)).toBeVisible();
  await expect(page.getByTestId(`review-missing-${CUSTOMER}`).getByTestId('review-missing-field-contact')).toBeVisible();
  await page.getByTestId(`review-approve-${CUSTOMER}`).click();
  await page.getByTestId('lifecycle-dialog-confirm').click();
  await expect(page.getByTestId('lifecycle-dialog-error')).toBeVisible();
  await page.getByTestId('lifecycle-dialog-cancel').click();
  await expect(page.getByTestId(`review-row-${CUSTOMER}`)).toBeVisible();
  await signOut(page);

  // Rep A adds the contact the review needs.
  await signIn(page, REP_A.username);
  await page.getByTestId('menu-customers').click();
  await page.getByTestId(`customers-row-${CUSTOMER}`).click();
  await page.getByTestId('customer-tab-contacts').click();
  await page.getByTestId('contacts-create').click();
  await page.getByTestId('contact-form-name').fill('顾建华');
  await page.getByTestId('contact-form-title').fill('采购经理');
  await page.getByTestId('contact-form-mobile').fill('13912345678');
  await page.getByTestId('contact-form-save').click();
  await expect(page.getByTestId('contacts-row-顾建华')).toBeVisible();
  await signOut(page);

  // Now the reviewer approves it.
  await signIn(page, REVIEWER.username);
  await page.getByTestId('menu-customer-reviews').click();
  await expect(page.getByTestId(`review-row-${CUSTOMER}`)).toBeVisible();
  await expect(page.getByTestId(`review-missing-${CUSTOMER}`).getByTestId('review-missing-field-contact')).toHaveCount(0);
  await page.getByTestId(`review-approve-${CUSTOMER}`).click();
  await page.getByTestId('lifecycle-dialog-confirm').click();
  await expect(page.getByTestId(`review-row-${CUSTOMER}`)).toHaveCount(0);
  await signOut(page);

  // Rep A: protected now, with the days left; abandons it (a reason is required).
  await signIn(page, REP_A.username);
  await page.getByTestId('menu-my-protected').click();
  await expect(page.getByTestId('my-protected-page')).toBeVisible();
  await page.getByTestId(`my-protected-row-${CUSTOMER}`).click();
  await expect(page.getByTestId('customer-stage')).toHaveAttribute('data-stage', 'POTENTIAL_PROTECTED');
  await expect(page.getByTestId('customer-protection-countdown')).toHaveAttribute('data-urgent', 'false');
  await expect(page.getByTestId('customer-protection-countdown')).toContainText('30');
  await page.getByTestId('customer-abandon').click();
  const dialog = page.getByTestId('lifecycle-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('lifecycle-dialog-confirm').click();
  await expect(dialog.locator('.el-form-item__error')).toBeVisible();
  await dialog.getByTestId('lifecycle-dialog-reason').fill('客户今年暂无采购计划');
  await dialog.getByTestId('lifecycle-dialog-confirm').click();
  await expect(page.getByTestId('customers-page')).toBeVisible();
  await expect(page.getByTestId(`customers-row-${CUSTOMER}`)).toHaveCount(0);

  // In the pool Rep A may not claim it back during the cooldown: the button shows the date.
  await page.getByTestId('menu-customer-pool').click();
  await expect(page.getByTestId(`pool-row-${CUSTOMER}`)).toBeVisible();
  const ownClaim = page.getByTestId('pool-table').getByTestId(`pool-claim-${CUSTOMER}`);
  await expect(ownClaim).toBeDisabled();
  await expect(ownClaim).toHaveAttribute('data-claimable', 'false');
  await signOut(page);

  // Rep B finds it in the pool (previous owner shown, history in the drawer) and claims it.
  await signIn(page, REP_B.username);
  await page.getByTestId('menu-customer-pool').click();
  const row = page.getByTestId('pool-table').locator('tr', { has: page.getByTestId(`pool-row-${CUSTOMER}`) });
  await expect(row).toContainText(REP_A.displayName);
  await page.getByTestId(`pool-row-${CUSTOMER}`).click();
  const drawer = page.getByTestId('pool-detail-drawer');
  await expect(drawer.getByTestId('pool-detail-history')).toContainText('客户今年暂无采购计划');
  await drawer.getByTestId(`pool-claim-${CUSTOMER}`).click();
  await expect(page.getByTestId('pool-claim-quota')).toContainText('今日还可领取');
  await page.getByTestId('pool-claim-confirm').click();
  await expect(page.getByTestId('customer-detail-name')).toHaveText(CUSTOMER);
  await expect(page.getByTestId('customer-stage')).toHaveAttribute('data-stage', 'POTENTIAL_PROTECTED');
  await expect(page.getByTestId('customer-detail')).toContainText(REP_B.displayName);

  // It is Rep B's protected customer now.
  await page.getByTestId('menu-my-protected').click();
  await expect(page.getByTestId(`my-protected-row-${CUSTOMER}`)).toBeVisible();
});
