import { expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { createUser, login } from './support/api';

const PASSWORD = 'Sales-pass-2026';
const MANAGER = { username: 'e2e.sales.mgr', displayName: 'E2E 销售经理' };
const REP = { username: 'e2e.sales.rep', displayName: 'E2E 陈晓' };
const OPPORTUNITY = 'E2E 冷库压缩机组采购';
const COMPANY = '常州市冬青制冷工程有限公司';
const PRODUCT = { code: 'E2E-KT-3500', name: 'E2E 春意 3.5 匹柜机', unit: '台', listPrice: '12800.00', taxRate: '13.00', status: 'ON_SALE' };

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

/** Picks the option of an open Element Plus select that contains `text`. */
async function pickOption(page: Page, text: string) {
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
}

// The SPA starts in Chinese (zh-CN): the texts below are the Chinese ones.
test('a manager assigns an opportunity; the rep plans, moves it across the kanban, quotes, sends and wins it; the customer is INTENT', async ({ page }) => {
  test.setTimeout(150_000);
  const api = page.request;
  const admin = await login(api, 'admin', E2E_ADMIN_PASSWORD);
  const department = await api.post('/api/v1/departments', { headers: admin, data: { name: 'E2E 销售三部' } });
  expect(department.status()).toBe(201);
  const departmentId = (await department.json()).id as string;
  await createUser(api, admin, MANAGER, 'sales_manager', departmentId, PASSWORD);
  await createUser(api, admin, REP, 'sales_rep', departmentId, PASSWORD);
  expect((await api.post('/api/v1/products', { headers: admin, data: PRODUCT })).status()).toBe(201);

  // The manager enters a lead for a company that is not a customer yet, leaves it unassigned, and gives it to the rep from the queue.
  await signIn(page, MANAGER.username);
  await page.getByTestId('menu-opportunity-queue').click();
  await expect(page.getByTestId('opportunity-queue-page')).toBeVisible();
  await page.getByTestId('opportunities-create').click();
  await page.getByTestId('opportunity-form-title').fill(OPPORTUNITY);
  await page.getByTestId('opportunity-form-party-prospect').click();
  await page.getByTestId('opportunity-form-company').fill(COMPANY);
  await page.getByTestId('opportunity-form-prospect-contact').fill('沈经理');
  await page.getByTestId('opportunity-form-prospect-phone').fill('0519-86123456');
  await page.getByTestId('opportunity-form-unassigned').click();
  await page.getByTestId('opportunity-form-amount').fill('300000.00');
  await page.getByTestId('opportunity-form-save').click();
  await expect(page.getByTestId('opportunity-title')).toHaveText(OPPORTUNITY);
  await expect(page.getByTestId('opportunity-status')).toHaveText('待分配');
  await page.getByTestId('menu-opportunity-queue').click();
  const queueRow = page.getByTestId('opportunity-queue-table').locator('tr', { has: page.getByTestId(`opportunities-row-${OPPORTUNITY}`) });
  await queueRow.locator('.el-checkbox').click();
  await page.getByTestId('opportunity-queue-assign').click();
  await page.getByTestId('opportunity-assign-user').click();
  await page.keyboard.type(REP.username);
  await pickOption(page, REP.username);
  await page.getByTestId('opportunity-assign-save').click();
  await expect(page.getByTestId(`opportunities-row-${OPPORTUNITY}`)).toHaveCount(0);
  await signOut(page);

  // The rep finds it on the kanban as a lead and plans a visit.
  await signIn(page, REP.username);
  await page.getByTestId('menu-opportunity-kanban').click();
  const card = page.getByTestId(`kanban-card-${OPPORTUNITY}`);
  await expect(page.getByTestId('kanban-column-lead').getByTestId(`kanban-card-${OPPORTUNITY}`)).toBeVisible();
  await expect(page.getByTestId('kanban-count-lead')).toHaveText('1');
  await card.getByText(OPPORTUNITY).click();
  await expect(page.getByTestId('opportunity-owner')).toHaveText(REP.displayName);
  await page.getByTestId('plan-add').click();
  await page.getByTestId('plan-form-title').fill('上门拜访沈经理，了解冷库扩建需求');
  await page.getByTestId('plan-form-save').click();
  await expect(page.getByTestId('plan-table')).toContainText('上门拜访沈经理');
  await page.getByTestId('plan-execute-上门拜访沈经理，了解冷库扩建需求').click();
  await page.getByTestId('plan-execute-result').fill('需求明确，要求报价');
  await page.getByTestId('plan-execute-save').click();
  await expect(page.getByTestId('plan-result-上门拜访沈经理，了解冷库扩建需求')).toHaveText('需求明确，要求报价');

  // Across the kanban: lead → qualified is allowed; qualified → negotiation skips a stage, is refused and snaps back.
  await page.getByTestId('menu-opportunity-kanban').click();
  await card.dragTo(page.getByTestId('kanban-column-qualified'));
  await expect(page.getByTestId('kanban-column-qualified').getByTestId(`kanban-card-${OPPORTUNITY}`)).toBeVisible();
  await expect(page.getByTestId('kanban-count-qualified')).toHaveText('1');
  await expect(page.getByTestId('kanban-count-lead')).toHaveText('0');
  await page.getByTestId(`kanban-card-${OPPORTUNITY}`).dragTo(page.getByTestId('kanban-column-negotiation'));
  await expect(page.locator('.kanban-refused')).toContainText('阶段只能逐级推进');
  await expect(page.getByTestId('kanban-column-qualified').getByTestId(`kanban-card-${OPPORTUNITY}`)).toBeVisible();
  await expect(page.getByTestId('kanban-count-negotiation')).toHaveText('0');
  await page.reload();
  await expect(page.getByTestId('kanban-column-qualified').getByTestId(`kanban-card-${OPPORTUNITY}`)).toBeVisible();

  // A quote: 2 × 12,800.00 at 5 % off → 24,320.00 + 13 % VAT 3,161.60 = 27,481.60, shown live and saved the same.
  await page.getByTestId(`kanban-card-${OPPORTUNITY}`).getByText(OPPORTUNITY).click();
  await page.getByTestId('opportunity-tab-quotes').click();
  await page.getByTestId('quote-create').click();
  await page.getByTestId('quote-line-product-0').click();
  await page.keyboard.type(PRODUCT.code);
  await pickOption(page, PRODUCT.code);
  await page.getByTestId('quote-line-quantity-0').fill('2');
  await page.getByTestId('quote-line-discount-0').fill('5');
  await expect(page.getByTestId('quote-line-amount-0')).toHaveText('24,320.00');
  await expect(page.getByTestId('quote-tax-total')).toHaveText('3,161.60');
  await expect(page.getByTestId('quote-total')).toHaveText('27,481.60');
  await page.getByTestId('quote-save').click();
  const status = page.getByTestId('quote-table').locator('[data-testid^="quote-status-"]').first();
  await expect(status).toHaveText('草稿');
  await expect(page.getByTestId('quote-table').locator('[data-testid^="quote-total-"]').first()).toHaveText('27,481.60');
  await page.getByTestId('quote-table').locator('[data-testid^="quote-send-"]').first().click();
  await expect(status).toHaveText('已发送');

  // Won: the company becomes a customer (address and industry asked), which is INTENT.
  await page.getByTestId('opportunity-win').click();
  await page.getByTestId('opportunity-win-address').fill('江苏省常州市武进区常武中路 18 号');
  await page.getByTestId('opportunity-win-industry').click();
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await page.getByTestId('opportunity-close-save').click();
  await expect(page.getByTestId('opportunity-status')).toHaveText('赢单');
  await page.getByTestId('opportunity-customer').click();
  await expect(page.getByTestId('customer-detail-name')).toHaveText(COMPANY);
  await expect(page.getByTestId('customer-stage')).toHaveAttribute('data-stage', 'INTENT');
  // Like any new customer it awaits its protection review.
  await expect(page.getByTestId('customer-pending-review')).toBeVisible();
});
