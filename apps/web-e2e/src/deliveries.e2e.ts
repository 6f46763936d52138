import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { createUser, login, ok } from './support/api';

const PASSWORD = 'Delivery-pass-2026';
const REP = { username: 'e2e.dl.rep', displayName: 'E2E 交付销售' };
const MANAGER = { username: 'e2e.dl.manager', displayName: 'E2E 交付经理' };
const FINANCE = { username: 'e2e.dl.finance', displayName: 'E2E 交付财务' };
const PRODUCT = { code: 'E2E-DL-KT35', name: 'E2E 春意 3.5 匹柜机', unit: '台', listPrice: '12800.00', taxRate: '13.00', status: 'ON_SALE' };

/** Today in the business time zone (Asia/Shanghai), as the server counts it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Through the API (their screens are tested elsewhere): the rep's signed contract for 3 units, its
 * plan of one instalment, and a payment of the whole amount that finance confirmed. What is left is
 * the delivery, which the rep records on the contract's Deliveries tab.
 */
async function arrange(api: APIRequestContext): Promise<{ contractId: string; number: string }> {
  const admin = await login(api, 'admin', E2E_ADMIN_PASSWORD);
  const department = await ok<{ id: string }>(await api.post('/api/v1/departments', { headers: admin, data: { name: 'E2E 交付销售部' } }), 'department');
  await createUser(api, admin, REP, 'sales_rep', department.id, PASSWORD);
  const managerId = await createUser(api, admin, MANAGER, 'sales_manager', department.id, PASSWORD);
  await ok(await api.patch(`/api/v1/departments/${department.id}`, { headers: admin, data: { managerId } }), 'department manager');
  await createUser(api, admin, FINANCE, 'finance', null, PASSWORD);
  const product = await ok<{ id: string }>(await api.post('/api/v1/products', { headers: admin, data: PRODUCT }), 'product');

  const rep = await login(api, REP.username, PASSWORD);
  const manager = await login(api, MANAGER.username, PASSWORD);
  const finance = await login(api, FINANCE.username, PASSWORD);
  const customer = await ok<{ id: string }>(
    await api.post('/api/v1/customers', {
      headers: rep,
      data: { name: '靖江市春意交付暖通有限公司', address: '江苏省靖江市人民路 8 号', industry: 'manufacturing', phone: '0523-84440018', description: '暖通设备' },
    }),
    'customer',
  );
  const opportunity = await ok<{ id: string }>(await api.post('/api/v1/opportunities', { headers: rep, data: { title: '春意柜机采购', customerId: customer.id } }), 'opportunity');
  await ok(await api.post(`/api/v1/opportunities/${opportunity.id}/win`, { headers: rep, data: {} }), 'win');
  const contract = await ok<{ id: string; number: string; total: string }>(
    await api.post('/api/v1/contracts', { headers: rep, data: { type: 'sales', title: '春意柜机采购合同', customerId: customer.id, lines: [{ productId: product.id, quantity: '3' }] } }),
    'contract',
  );
  await ok(await api.post(`/api/v1/contracts/${contract.id}/submit`, { headers: rep }), 'submit');
  const trail = await ok<Array<{ id: string; status: string }>>(await api.get(`/api/v1/contracts/${contract.id}/approvals`, { headers: rep }), 'trail');
  const pending = trail.find((r) => r.status === 'PENDING');
  expect(pending, 'pending approval').toBeTruthy();
  await ok(await api.post(`/api/v1/approvals/${pending?.id}/approve`, { headers: manager, data: { comment: '同意' } }), 'approve');
  await ok(
    await api.post(`/api/v1/contracts/${contract.id}/sign`, { headers: manager, data: { signingDate: today(), ourSignerId: managerId, customerSigner: '王建国', electronic: true } }),
    'sign',
  );
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await ok(await api.put(`/api/v1/contracts/${contract.id}/receivable-plans`, { headers: rep, data: { instalments: [{ dueDate: due, amount: contract.total }] } }), 'plan');
  const payment = await ok<{ id: string }>(
    await api.post('/api/v1/payments', { headers: rep, data: { contractId: contract.id, amount: contract.total, paidOn: today(), method: 'bank_transfer' } }),
    'payment',
  );
  await ok(await api.post(`/api/v1/payments/${payment.id}/confirm`, { headers: finance }), 'confirm');
  return { contractId: contract.id, number: contract.number };
}

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
}

async function confirmDialog(page: Page) {
  await page.locator('.confirm-dialog .el-button--primary').click();
}

test('the rep records a delivery on the contract’s Deliveries tab, ships, delivers and has it accepted; the fully paid contract completes', async ({ page }) => {
  test.setTimeout(120_000);
  const { number } = await arrange(page.request);

  await signIn(page, REP.username);
  await page.getByTestId('menu-contracts').click();
  await page.getByTestId(`contracts-row-${number}`).click();
  await expect(page.getByTestId('contract-detail-status')).toHaveAttribute('data-status', 'ACTIVE');
  await page.getByTestId('contract-tab-deliveries').click();
  await expect(page.getByTestId('delivery-progress-delivered-1')).toHaveText('0 / 3');

  // Record: the drawer proposes the line and what is left of it (3 units); the rep sends two now.
  await page.getByTestId('delivery-record').click();
  await expect(page.getByTestId('delivery-form-quantity')).toHaveValue('3');
  await page.getByTestId('delivery-form-quantity').fill('2');
  await page.getByTestId('delivery-form-carrier').fill('顺丰速运');
  await page.getByTestId('delivery-form-save').click();
  const table = page.getByTestId('delivery-table');
  await expect(table.locator('[data-status="PLANNED"]')).toHaveCount(1);

  // More than is left is refused on the quantity field.
  await page.getByTestId('delivery-record').click();
  await expect(page.getByTestId('delivery-form-quantity')).toHaveValue('1');
  await page.getByTestId('delivery-form-quantity').fill('2');
  await page.getByTestId('delivery-form-save').click();
  await expect(page.getByTestId('delivery-form-drawer').locator('.el-form-item__error')).toContainText('1.000');
  await page.getByTestId('delivery-form-quantity').fill('1');
  await page.getByTestId('delivery-form-save').click();
  await expect(table.locator('[data-status="PLANNED"]')).toHaveCount(2);

  // Each goes through ship (carrier and tracking), deliver and accept.
  for (let i = 0; i < 2; i++) {
    await table.locator('[data-testid^="delivery-ship-"]').first().click();
    await page.getByTestId('delivery-ship-tracking').fill(`SF12345678${i}`);
    await page.getByTestId('delivery-ship-save').click();
    await expect(table.locator('[data-status="SHIPPED"]')).toHaveCount(1);
    await table.locator('[data-testid^="delivery-deliver-"]').first().click();
    await confirmDialog(page);
    await expect(table.locator('[data-status="DELIVERED"]')).toHaveCount(1);
    await table.locator('[data-testid^="delivery-accept-"]').first().click();
    await confirmDialog(page);
    await expect(table.locator('[data-status="ACCEPTED"]')).toHaveCount(i + 1);
  }
  await expect(page.getByTestId('delivery-progress-accepted-1')).toHaveText('3 / 3');
  // Fully paid (confirmed above) and now fully accepted: the contract completed with the last acceptance.
  await expect(page.getByTestId('contract-detail-status')).toHaveAttribute('data-status', 'COMPLETED');
  await expect(page.getByTestId('contract-deliveries-fully-accepted')).toBeVisible();
});
