import type { TestApp } from '@kehu/server-core/testing';
import { CustomerFacade } from '../customer.facade';

let counter = 0;

/** A valid customer body; names and phones are unique per call unless overridden. */
export function customerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter++;
  return {
    name: `测试${String.fromCharCode(0x4e00 + counter * 7)}${String.fromCharCode(0x4e00 + counter * 13)}贸易有限公司`,
    address: '江苏省靖江市人民路 1 号',
    industry: 'manufacturing',
    phone: `0523-8${String(1000000 + counter).slice(-7)}`,
    description: '测试客户',
    ...overrides,
  };
}

export async function createCustomer(t: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string; code: string; version: number }> {
  const res = await t.http.post('/api/v1/customers').auth(token, { type: 'bearer' }).send(customerBody(overrides));
  if (res.status !== 201) throw new Error(`customer: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Soft-deletes the customers matching `where` (SQL over the `customer` view), in both of their tables. */
export async function softDeleteCustomersWhere(t: TestApp, where: string): Promise<void> {
  await t.db.transaction(async (tx) => {
    const ids = (await tx.query(`SELECT id FROM customer WHERE ${where}`)).map((r: { id: string }) => r.id);
    await tx.query(`UPDATE customer_profile SET deleted_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
    await tx.query(`UPDATE customer_state SET deleted_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  });
}

let mobiles = 0;

/** A contact with what a protection review needs (name, mobile, title); mobiles are unique per call unless overridden. */
export async function addContact(t: TestApp, token: string, customerId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string; version: number }> {
  mobiles++;
  const body = { name: `联系人${mobiles}`, title: '采购经理', mobile: `139${String(10_000_000 + mobiles).slice(-8)}`, ...overrides };
  const res = await t.http.post(`/api/v1/customers/${customerId}/contacts`).auth(token, { type: 'bearer' }).send(body);
  if (res.status !== 201) throw new Error(`contact: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A contract was signed with the customer: the call the contract module's signing makes, for tests
 * of the customer module on its own (FORMAL, deal date, churn alerts resolved). `signedBy` becomes
 * the owner of a customer that has none.
 */
export async function markFormal(t: TestApp, customerId: string, signedBy: string, signedAt: Date = t.clock.now(), afterSalesOwnerId: string | null = null): Promise<void> {
  await t.db.transaction((tx) => t.app.get(CustomerFacade).markFormal(tx, customerId, { signedAt, signedBy, afterSalesOwnerId }, signedBy));
}
