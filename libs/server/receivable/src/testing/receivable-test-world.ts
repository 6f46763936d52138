import { ApprovalModule, approvalMigrations } from '@kehu/server-approval';
import { ContractModule, contractMigrations } from '@kehu/server-contract';
import { createTestApp, TestApp, TestClock, violatesContract } from '@kehu/server-core/testing';
import { CustomerModule, customerMigrations } from '@kehu/server-customer';
import { OpportunityModule, opportunityMigrations } from '@kehu/server-opportunity';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { ProductModule, productMigrations } from '@kehu/server-product';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { receivableMigrations } from '../migrations';
import { ReceivableModule } from '../receivable.module';

/**
 * What the receivable specs share: an app with the sales chain up to receivables, a sales department
 * (two reps, their manager) and finance, requests as one of them, and contracts taken as far as a
 * test needs. Each spec keeps its own app (own database); this only spares writing the setup twice.
 */

export type SalesUser = { id: string; token: string };
/** The team `salesTeam` makes. */
export type Who = 'admin' | 'rep' | 'rep2' | 'mgr' | 'finance';

/** 10:00 in Shanghai on Monday 7 December 2026: the day every receivable spec runs on. */
export const TODAY = '2026-12-07';
export const testClock = () => new TestClock('2026-12-07T02:00:00.000Z');

export function createReceivableTestApp(clock: TestClock): Promise<TestApp> {
  return createTestApp({
    imports: [PermissionsModule, SettingsModule, ApprovalModule, CustomerModule, ProductModule, OpportunityModule, ContractModule, ReceivableModule],
    migrations: [
      ...permissionsMigrations,
      ...settingsMigrations,
      ...approvalMigrations,
      ...customerMigrations,
      ...productMigrations,
      ...opportunityMigrations,
      ...contractMigrations,
      ...receivableMigrations,
    ],
    clock,
  });
}

/**
 * The administrator, and a department `departmentName` managed by `mgr` with sales reps `rep` and
 * `rep2`, plus `finance` outside it; usernames start with `prefix`.
 */
export async function salesTeam(t: TestApp, prefix: string, departmentName: string): Promise<{ users: Record<Who, SalesUser>; departmentId: string }> {
  const admin = await adminToken(t);
  const users = { admin: { id: (await t.db.query(`SELECT id FROM app_user WHERE username = 'admin'`))[0].id, token: admin } } as Record<Who, SalesUser>;
  const departmentId = await createDepartment(t, admin, departmentName);
  const make = async (who: Exclude<Who, 'admin'>, roles: string[], department?: string) => {
    users[who] = await createUser(t, admin, { username: `${prefix}_${who}`, roles, departmentId: department, displayName: who });
  };
  await make('rep', ['sales_rep'], departmentId);
  await make('rep2', ['sales_rep'], departmentId);
  await make('mgr', ['sales_manager'], departmentId);
  await make('finance', ['finance']);
  await managedBy(t, admin, departmentId, users.mgr.id);
  return { users, departmentId };
}

export async function managedBy(t: TestApp, admin: string, departmentId: string, managerId: string): Promise<void> {
  await t.http.patch(`/api/v1/departments/${departmentId}`).auth(admin, { type: 'bearer' }).send({ managerId }).expect(200);
}

/** A product on sale, created by the administrator; answers its id. */
export async function productOnSale(t: TestApp, admin: string, code: string, name: string, listPrice: string): Promise<string> {
  const product = await t.http.post('/api/v1/products').auth(admin, { type: 'bearer' }).send({ code, name, unit: '台', taxRate: '13.00', status: 'ON_SALE', listPrice });
  if (product.status !== 201) throw new Error(`product ${code}: ${product.status} ${JSON.stringify(product.body)}`);
  return product.body.id as string;
}

/**
 * Requests as one of `users` to the app `app()` answers (made in a beforeAll, after this is); `off`: the request breaks the documented contract on purpose (bad
 * input), so the OpenAPI check lets its answer through. `key` is an Idempotency-Key.
 */
export function requestsAs<W extends string>(app: () => TestApp, users: Record<W, SalesUser>) {
  return (who: W, off = false) => {
    const t = app();
    const as = (req: ReturnType<TestApp['http']['get']>) => (off ? violatesContract(req) : req).auth(users[who].token, { type: 'bearer' });
    return {
      get: (url: string) => as(t.http.get(`/api/v1${url}`)),
      post: (url: string, body?: object, key?: string) => {
        const req = as(t.http.post(`/api/v1${url}`));
        const keyed = key ? req.set('Idempotency-Key', key) : req;
        return body ? keyed.send(body) : keyed;
      },
      put: (url: string, body: object) => as(t.http.put(`/api/v1${url}`)).send(body),
    };
  };
}

export type Requests = ReturnType<ReturnType<typeof requestsAs>>;

/** The distinct fields a problem+json answer names. */
export const fields = (res: { body: { errors?: Array<{ field: string }> } }) => [...new Set(res.body.errors?.map((e) => e.field))];

export interface ContractMade {
  id: string;
  total: string;
  customerId: string;
}

type Team<W extends string> = Record<W | 'rep' | 'mgr', SalesUser>;

/**
 * Makes contracts of one of `users` with the lines given, each for a new customer named after
 * `customers.tag` (a phone number from `customers.phoneSeries`, a digit: the duplicate check refuses
 * a second customer alike), taken as far as the stage asked: submitted and approved by the manager,
 * then signed by him (ACTIVE).
 */
export function contractMaker<W extends string>(api: (who: W | 'rep' | 'mgr') => Requests, users: Team<W>, customers: { tag: string; phoneSeries: number }) {
  let n = 0;
  return async (lines: Array<{ productId: string; quantity: string }>, stage: 'draft' | 'approved' | 'active' = 'active', who: W | 'rep' | 'mgr' = 'rep'): Promise<ContractMade> => {
    n++;
    const customer = await api(who).post('/customers', {
      name: `靖江市${customers.tag}${String.fromCharCode(0x4e00 + n * 13)}${String.fromCharCode(0x4e00 + n * 19)}空调有限公司`,
      address: '江苏省靖江市人民路 1 号',
      industry: 'manufacturing',
      phone: `0523-${customers.phoneSeries}${String(3000000 + n).slice(-7)}`,
      description: `${customers.tag}测试客户`,
    });
    expectStatus('customer', customer, 201);
    const customerId = customer.body.id as string;
    const opportunity = await api(who).post('/opportunities', { title: `${customers.tag}商机${n}`, customerId });
    expectStatus('opportunity', opportunity, 201);
    expectStatus('win', await api(who).post(`/opportunities/${opportunity.body.id}/win`, {}), 200);
    const draft = await api(who).post('/contracts', { type: 'sales', title: '春意空调采购合同', customerId, lines });
    expectStatus('contract', draft, 201);
    const made = { id: draft.body.id as string, total: draft.body.total as string, customerId };
    if (stage === 'draft') return made;
    expectStatus('submit', await api(who).post(`/contracts/${made.id}/submit`), 200);
    expectStatus('approve', await approvePending(api, made.id, who), 200);
    if (stage === 'active') {
      const signed = await api('mgr').post(`/contracts/${made.id}/sign`, { signingDate: TODAY, ourSignerId: users.mgr.id, customerSigner: '王建国', electronic: true });
      expectStatus('sign', signed, 200);
    }
    return made;
  };
}

/** The manager approves the contract's pending approval step; answers his answer and the approval's id. */
export async function approvePending<W extends string>(api: (who: W | 'rep' | 'mgr') => Requests, contractId: string, viewer: W | 'rep' | 'mgr' = 'rep') {
  const trail = (await api(viewer).get(`/contracts/${contractId}/approvals`)).body as Array<{ id: string; status: string }>;
  const pending = trail.find((r) => r.status === 'PENDING');
  if (!pending) throw new Error(`no pending approval on contract ${contractId}: ${JSON.stringify(trail)}`);
  const answer = await api('mgr').post(`/approvals/${pending.id}/approve`, { comment: '同意' });
  return Object.assign(answer, { approvalId: pending.id });
}

function expectStatus(step: string, res: { status: number; body: unknown }, status: number): void {
  if (res.status !== status) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body)}`);
}

/**
 * Makes contracts of a scope-harness owner (who holds only the permissions the harness grants): a new
 * customer and a one-line draft, made ACTIVE directly, since signing is the contract lib's business.
 */
export function scopeContractMaker(app: () => TestApp, customers: { tag: string; phoneSeries: number }) {
  let n = 0;
  return async (owner: { token: string }, productId: string): Promise<ContractMade> => {
    n++;
    const t = app();
    const post = (url: string) => t.http.post(`/api/v1${url}`).auth(owner.token, { type: 'bearer' });
    const customer = await post('/customers').send({
      name: `范围${customers.tag}${String.fromCharCode(0x4e00 + n * 23)}${String.fromCharCode(0x4e00 + n * 29)}机电有限公司`,
      address: '江苏省泰州市海陵路 2 号',
      industry: 'manufacturing',
      phone: `0523-${customers.phoneSeries}${String(4000000 + n).slice(-7)}`,
      description: '范围测试',
    });
    expectStatus('customer', customer, 201);
    const draft = await post('/contracts').send({ type: 'sales', title: '范围合同', customerId: customer.body.id, lines: [{ productId, quantity: '1' }] });
    expectStatus('contract', draft, 201);
    await t.db.query(`UPDATE contract SET status = 'ACTIVE' WHERE id = $1`, [draft.body.id]);
    return { id: draft.body.id as string, total: draft.body.total as string, customerId: customer.body.id as string };
  };
}
