import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { createUser, login, ok } from './support/api';

const PASSWORD = 'Receivable-pass-2026';
const REP = { username: 'e2e.rc.rep', displayName: 'E2E 回款销售' };
const MANAGER = { username: 'e2e.rc.manager', displayName: 'E2E 回款主管' };
const FINANCE = { username: 'e2e.rc.finance', displayName: 'E2E 回款财务' };
const CUSTOMER = '无锡市澄鑫制冷工程有限公司';
// One unit at 10,000.00 + 13 % tax = 11,300.00: below the approval amount threshold, so the manager alone approves.
const PRODUCT = { code: 'E2E-RC-AC10', name: 'E2E 风冷模块机组', unit: '台', listPrice: '10000.00', taxRate: '13.00', status: 'ON_SALE' };

/** A day relative to today in the business time zone (Asia/Shanghai), as YYYY-MM-DD. */
function businessDay(offsetDays: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

/**
 * Through the API (the contract screens are tested in contracts.e2e.ts): the rep's customer wins an
 * accepted quote, the contract is made from it, the manager approves and signs it (electronically),
 * and the rep enters a plan whose first instalment fell due 40 days ago (aging bucket 31–60), which the
 * overdue job marks.
 */
async function arrange(api: APIRequestContext): Promise<{ contractId: string; number: string }> {
  const admin = await login(api, 'admin', E2E_ADMIN_PASSWORD);
  const department = await ok<{ id: string }>(await api.post('/api/v1/departments', { headers: admin, data: { name: 'E2E 回款销售部' } }), 'department');
  await createUser(api, admin, REP, 'sales_rep', department.id, PASSWORD);
  const managerId = await createUser(api, admin, MANAGER, 'sales_manager', department.id, PASSWORD);
  await ok(await api.patch(`/api/v1/departments/${department.id}`, { headers: admin, data: { managerId } }), 'department manager');
  await createUser(api, admin, FINANCE, 'finance', null, PASSWORD);
  const product = await ok<{ id: string }>(await api.post('/api/v1/products', { headers: admin, data: PRODUCT }), 'product');

  const rep = await login(api, REP.username, PASSWORD);
  const customer = await ok<{ id: string }>(
    await api.post('/api/v1/customers', {
      headers: rep,
      data: { name: CUSTOMER, address: '江苏省无锡市江阴市澄江街道 66 号', industry: 'manufacturing', phone: '0510-86660066', description: '制冷工程', taxNumber: '91320281MA1E2E0066' },
    }),
    'customer',
  );
  const opportunity = await ok<{ id: string }>(
    await api.post('/api/v1/opportunities', { headers: rep, data: { title: '澄鑫 风冷模块机组', customerId: customer.id, expectedAmount: '10000.00' } }),
    'opportunity',
  );
  const quote = await ok<{ id: string }>(
    await api.post(`/api/v1/opportunities/${opportunity.id}/quotes`, { headers: rep, data: { validUntil: businessDay(30), lines: [{ productId: product.id, quantity: '1' }] } }),
    'quote',
  );
  await ok(await api.post(`/api/v1/quotes/${quote.id}/send`, { headers: rep }), 'send quote');
  await ok(await api.post(`/api/v1/quotes/${quote.id}/accept`, { headers: rep }), 'accept quote');
  await ok(await api.post(`/api/v1/opportunities/${opportunity.id}/win`, { headers: rep, data: {} }), 'win');
  const contract = await ok<{ id: string; number: string; total: string }>(
    await api.post('/api/v1/contracts', { headers: rep, data: { quoteId: quote.id, type: 'sales', title: '澄鑫 风冷模块机组采购' } }),
    'contract',
  );
  expect(contract.total).toBe('11300.00');
  await ok(await api.post(`/api/v1/contracts/${contract.id}/submit`, { headers: rep }), 'submit');

  const manager = await login(api, MANAGER.username, PASSWORD);
  const inbox = await ok<{ items: { id: string; subjectId: string }[] }>(await api.get('/api/v1/approvals?status=pending', { headers: manager }), 'inbox');
  const request = inbox.items.find((a) => a.subjectId === contract.id);
  expect(request, 'the contract awaits the manager').toBeTruthy();
  await ok(await api.post(`/api/v1/approvals/${request?.id}/approve`, { headers: manager, data: {} }), 'approve');
  await ok(
    await api.post(`/api/v1/contracts/${contract.id}/sign`, {
      headers: manager,
      data: { signingDate: businessDay(-60), ourSignerId: managerId, customerSigner: '陈立新', electronic: true },
    }),
    'sign',
  );

  await ok(
    await api.put(`/api/v1/contracts/${contract.id}/receivable-plans`, {
      headers: rep,
      data: {
        instalments: [
          { dueDate: businessDay(-40), amount: '5000.00', note: '签约后预付' },
          { dueDate: businessDay(30), amount: '6300.00', note: '验收后付清' },
        ],
      },
    }),
    'plan',
  );
  // The overdue job 回款预警 marks the first instalment (the e2e server runs no scheduler).
  await ok(await api.post('/api/v1/jobs/receivable-overdue/run', { headers: admin }), 'overdue job');
  return { contractId: contract.id, number: contract.number };
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

/** The aging row of the e2e customer (grouped by customer). */
const agingRow = (page: Page) => page.getByTestId('aging-table').locator('.el-table__body tr', { hasText: CUSTOMER });

// The SPA starts in Chinese (zh-CN) whatever the browser's language.
test('the rep records a payment on an overdue instalment; finance confirms it in the queue; outstanding and aging drop', async ({ page }) => {
  test.setTimeout(180_000);
  const { contractId, number } = await arrange(page.request);

  // The rep: the contract's plan shows the first instalment overdue; he records 3,000.00 received.
  await signIn(page, REP.username);
  await expect(page.getByTestId('home-count-myOverdueInstalments')).toHaveText('1');
  await page.goto(`/contracts/${contractId}`);
  await page.getByTestId('contract-tab-plan').click();
  await expect(page.getByTestId('receivable-instalment-state-1')).toHaveAttribute('data-state', 'OVERDUE');
  await expect(page.getByTestId('receivable-outstanding').first()).toHaveText('11,300.00');
  await page.getByTestId('contract-tab-payments').click();
  await page.getByTestId('payment-record').click();
  await page.getByTestId('payment-amount').fill('3000.00');
  await page.getByTestId('payment-payer-account').fill('江苏银行江阴支行 3201 0000 6666');
  await page.getByTestId('payment-save').click();
  const payments = page.getByTestId('contract-payments');
  await expect(payments.locator('[data-testid^="payment-status-"]')).toHaveAttribute('data-status', 'PENDING');
  await expect(payments.getByTestId('receivable-pending')).toHaveText('3,000.00');
  await expect(payments.getByTestId('receivable-outstanding')).toHaveText('11,300.00');
  await signOut(page);

  // Finance: the aging report before, then the queue.
  await signIn(page, FINANCE.username);
  await page.getByTestId('menu-receivables-aging').click();
  await expect(agingRow(page)).toContainText('5,000.00');
  const totalBefore = await page.getByTestId('aging-chart').getAttribute('data-total');

  await page.getByTestId('menu-payment-confirmations').click();
  const row = page.getByTestId('payment-confirmations-table').locator('tr', { hasText: number });
  await expect(row).toContainText('3,000.00');
  await row.locator('.el-checkbox').click();
  await page.getByTestId('payment-confirmations-batch-confirm').click();
  await page.locator('.confirm-dialog .el-button--primary').click();
  await expect(page.getByTestId('payment-confirmations-table').locator('tr', { hasText: number })).toHaveCount(0);
  await expect(page.getByTestId('payment-confirmations-failures')).toHaveCount(0);

  // The contract's outstanding dropped by the payment; the first instalment is partly paid, still overdue.
  await page.goto(`/contracts/${contractId}`);
  await page.getByTestId('contract-tab-plan').click();
  await expect(page.getByTestId('receivable-outstanding')).toHaveText('8,300.00');
  await expect(page.getByTestId('receivable-received')).toHaveText('3,000.00');

  // The aging report (chart and table) shows 2,000.00 overdue for the customer now.
  await page.getByTestId('menu-receivables-aging').click();
  await expect(agingRow(page)).toContainText('2,000.00');
  await expect(agingRow(page)).not.toContainText('5,000.00');
  const totalAfter = await page.getByTestId('aging-chart').getAttribute('data-total');
  expect(Number(totalBefore) - Number(totalAfter)).toBeCloseTo(3000, 2);
});
