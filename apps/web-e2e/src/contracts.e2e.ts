import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';
import { createUser, login, ok } from './support/api';

const PASSWORD = 'Contract-pass-2026';
const REP = { username: 'e2e.ct.rep', displayName: 'E2E 合同销售' };
const MANAGER = { username: 'e2e.ct.manager', displayName: 'E2E 销售经理' };
const FINANCE = { username: 'e2e.ct.finance', displayName: 'E2E 财务' };
const EXECUTIVE = { username: 'e2e.ct.executive', displayName: 'E2E 总经理' };
const CUSTOMER = '常州市恒瑞暖通设备有限公司';
// Two units at 300,000.00: at or above the contractApprovalAmountThreshold rule (500,000.00), so finance
// (and the executive) approve after the manager.
const PRODUCT = { code: 'E2E-CT-HP30', name: 'E2E 螺杆式热泵机组', unit: '台', listPrice: '300000.00', taxRate: '13.00', status: 'ON_SALE' };

/**
 * Through the API (their own screens are the sales pages' and tested there): a sales department whose
 * manager approves first, finance and an executive, a product, and the rep's customer with an
 * opportunity whose quote the customer accepted; winning the opportunity makes the customer INTENT,
 * which may sign (seed 004).
 */
async function arrange(api: APIRequestContext): Promise<{ quoteNumber: string }> {
  const admin = await login(api, 'admin', E2E_ADMIN_PASSWORD);
  const department = await ok<{ id: string }>(await api.post('/api/v1/departments', { headers: admin, data: { name: 'E2E 合同销售部' } }), 'department');
  await createUser(api, admin, REP, 'sales_rep', department.id, PASSWORD);
  const managerId = await createUser(api, admin, MANAGER, 'sales_manager', department.id, PASSWORD);
  await ok(await api.patch(`/api/v1/departments/${department.id}`, { headers: admin, data: { managerId } }), 'department manager');
  await createUser(api, admin, FINANCE, 'finance', null, PASSWORD);
  await createUser(api, admin, EXECUTIVE, 'executive', null, PASSWORD);
  const product = await ok<{ id: string }>(await api.post('/api/v1/products', { headers: admin, data: PRODUCT }), 'product');

  const rep = await login(api, REP.username, PASSWORD);
  const customer = await ok<{ id: string }>(
    await api.post('/api/v1/customers', {
      headers: rep,
      data: { name: CUSTOMER, address: '江苏省常州市武进区湖塘镇 18 号', industry: 'manufacturing', phone: '0519-86660018', description: '暖通设备', taxNumber: '91320412MA1E2E0001' },
    }),
    'customer',
  );
  const opportunity = await ok<{ id: string }>(
    await api.post('/api/v1/opportunities', { headers: rep, data: { title: '恒瑞 2027 热泵机组采购', customerId: customer.id, expectedAmount: '600000.00' } }),
    'opportunity',
  );
  const quote = await ok<{ id: string; number: string }>(
    await api.post(`/api/v1/opportunities/${opportunity.id}/quotes`, {
      headers: rep,
      data: { validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10), lines: [{ productId: product.id, quantity: '2' }] },
    }),
    'quote',
  );
  await ok(await api.post(`/api/v1/quotes/${quote.id}/send`, { headers: rep }), 'send quote');
  await ok(await api.post(`/api/v1/quotes/${quote.id}/accept`, { headers: rep }), 'accept quote');
  await ok(await api.post(`/api/v1/opportunities/${opportunity.id}/win`, { headers: rep, data: {} }), 'win');
  return { quoteNumber: quote.number };
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

/** Approves, from the approvals inbox, the pending request about contract `number` (its amount shown in the row). */
async function approveInInbox(page: Page, number: string) {
  await page.getByTestId('menu-approvals').click();
  const row = page.getByTestId('approvals-pending-table').locator('tr', { hasText: number });
  await expect(row).toBeVisible();
  // The approver decides on the amount: the request row shows it.
  await expect(row).toContainText('678,000.00');
  await row.locator('[data-testid^="approvals-approve-"]').click();
  await page.getByTestId('approvals-decision-save').click();
  await expect(page.getByTestId('approvals-pending-table').locator('tr', { hasText: number })).toHaveCount(0);
}

// The SPA starts in Chinese (zh-CN) whatever the browser's language: the texts below are the Chinese ones.
test('a rep turns an accepted quote into a contract through the wizard; manager, finance and executive approve; the manager signs with the scan and the customer is FORMAL', async ({
  page,
}) => {
  // Five sign-ins and a wizard of eight steps.
  test.setTimeout(180_000);
  const { quoteNumber } = await arrange(page.request);

  // The rep: New contract → from the accepted quote; the wizard walks the seed's order.
  await signIn(page, REP.username);
  await page.getByTestId('menu-contracts').click();
  await page.getByTestId('contracts-create').click();
  await expect(page.getByTestId('contract-wizard')).toBeVisible();
  await page.getByTestId('contract-wizard-quote').click();
  await page.getByTestId(`contract-wizard-quote-${quoteNumber}`).click();
  await expect(page.getByTestId('contract-wizard-origin')).toContainText(quoteNumber);
  await page.getByTestId('contract-wizard-next').click();

  // 合同类型: the title comes from the opportunity.
  await page.getByTestId('contract-wizard-type').click();
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await expect(page.getByTestId('contract-wizard-title')).toHaveValue('恒瑞 2027 热泵机组采购');
  await page.getByTestId('contract-wizard-next').click();

  // 买方信息: filled from the customer.
  await expect(page.getByTestId('contract-wizard-buyer-name')).toHaveValue(CUSTOMER);
  await expect(page.getByTestId('contract-wizard-buyer-tax-number')).toHaveValue('91320412MA1E2E0001');
  await expect(page.getByTestId('contract-wizard-customer-ineligible')).toHaveCount(0);
  await page.getByTestId('contract-wizard-customer-signer').fill('王建国');
  await page.getByTestId('contract-wizard-next').click();

  // 产品信息: the quote's line, priced as the server will.
  await expect(page.getByTestId('contract-wizard-lines-row-0')).toContainText(PRODUCT.name);
  await expect(page.getByTestId('contract-wizard-lines-total')).toHaveText('678,000.00');
  await page.getByTestId('contract-wizard-next').click();

  // 付款方式
  await page.getByTestId('contract-wizard-payment-method').click();
  await page.locator('.el-select-dropdown__item:visible').first().click();
  await page.getByTestId('contract-wizard-payment-terms').fill('合同签订后 7 日内预付 30%，验收合格后 30 日内付清');
  await page.getByTestId('contract-wizard-next').click();

  // 附加及其他: whatever was promised is written here.
  await page.getByTestId('contract-wizard-additional-terms').fill('免费安装调试，赠送首年保养两次');
  await page.getByTestId('contract-wizard-next').click();
  // 附件: none before signing.
  await page.getByTestId('contract-wizard-next').click();

  // 确认合同 → saved and submitted for approval.
  await expect(page.getByTestId('contract-wizard-summary-total')).toHaveText('678,000.00');
  await page.getByTestId('contract-wizard-save-submit').click();
  await expect(page.getByTestId('contract-detail')).toBeVisible();
  await expect(page.getByTestId('contract-detail-status')).toHaveAttribute('data-status', 'PENDING_APPROVAL');
  const number = (await page.getByTestId('contract-detail-number').textContent())?.trim() ?? '';
  expect(number).toMatch(/^HT\d{6}-\d{4}$/);
  await expect(page.getByTestId('contract-overview-additional-terms')).toHaveText('免费安装调试，赠送首年保养两次');
  await signOut(page);

  // The manager, then finance, then the executive approve from their inbox.
  for (const approver of [MANAGER, FINANCE, EXECUTIVE]) {
    await signIn(page, approver.username);
    await approveInInbox(page, number);
    await signOut(page);
  }

  // The manager signs: the signed scan uploaded in the sign dialog, then the contract is ACTIVE.
  await signIn(page, MANAGER.username);
  await page.getByTestId('menu-contracts').click();
  await page.getByTestId(`contracts-row-${number}`).click();
  await expect(page.getByTestId('contract-detail-status')).toHaveAttribute('data-status', 'APPROVED');
  await page.getByTestId('contract-tab-approvals').click();
  await expect(page.getByTestId('contract-trail-status-APPROVED')).toBeVisible();
  await page.getByTestId('contract-sign').click();
  const dialog = page.getByTestId('contract-sign-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('contract-sign-customer-signer')).toHaveValue('王建国');
  await dialog.getByTestId('contract-sign-upload-input').setInputFiles({
    name: '恒瑞热泵采购合同-盖章.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'),
  });
  await expect(dialog.getByTestId('contract-sign-scans')).toContainText('恒瑞热泵采购合同-盖章.pdf');
  await dialog.getByTestId('contract-sign-confirm').click();
  await expect(page.getByTestId('contract-detail-status')).toHaveAttribute('data-status', 'ACTIVE');
  await page.getByTestId('contract-tab-attachments').click();
  await expect(page.getByTestId('contract-attachments-table')).toContainText('恒瑞热泵采购合同-盖章.pdf');

  // The customer is FORMAL now, and its Contracts tab lists the contract.
  await page.getByTestId('contract-detail-customer').click();
  await expect(page.getByTestId('customer-detail-name')).toHaveText(CUSTOMER);
  await expect(page.getByTestId('customer-stage')).toHaveAttribute('data-stage', 'FORMAL');
  await page.getByTestId('customer-tab-contracts').click();
  await expect(page.getByTestId(`customer-contracts-row-${number}`)).toBeVisible();
});
