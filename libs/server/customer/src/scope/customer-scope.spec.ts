import { randomUUID } from 'node:crypto';
import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, describeScopeHarness, SAMPLE_FILES, ScopeActor, ScopedResource, ScopeWorld, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, scopeWorld } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { createCustomer, markFormal } from '../testing/customer-fixtures';

/**
 * Every customer-side resource under core's scope harness: customers (list, get, count, export),
 * contacts, follow-ups, churn alerts, the pool (everyone's), ownership history and category counts.
 */
describe('customer resources under the data scope', () => {
  let t: TestApp;
  let admin: string;
  let world: ScopeWorld;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    world = scopeWorld(t, admin);
  }, 60_000);
  afterAll(() => t?.close());

  const PERMISSIONS = ['customer:read', 'customer:write', 'customer:export', 'customer:claim', 'follow-up:write'];
  const get = (token: string, url: string) => t.http.get(`/api/v1${url}`).auth(token, { type: 'bearer' });
  const send = (method: 'post' | 'put', token: string, url: string, body?: object) => {
    const req = t.http[method](`/api/v1${url}`).auth(token, { type: 'bearer' });
    return body ? req.send(body) : req;
  };
  const ids = (body: { items: Array<{ id: string }> }) => body.items.map((i) => i.id);
  const answer = (res: { status: number; body: unknown }) => ({ status: res.status, body: res.body });
  const onCustomerTeam = (customerOf: (id: string) => string) => async (owner: ScopeActor, id: string, member: ScopeActor) => {
    const res = await send('put', owner.token, `/customers/${customerOf(id)}/team/${member.id}`, { access: 'READ' });
    if (res.status !== 200) throw new Error(`team: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const harness = (name: string, resource: ScopedResource) => describeScopeHarness(name, () => ({ world, resource }));

  /** Customer id → its name and code. */
  const customers = new Map<string, { code: string; ownerId: string }>();
  const newCustomer = async (owner: ScopeActor, overrides: Record<string, unknown> = {}) => {
    const c = await createCustomer(t, owner.token, overrides);
    customers.set(c.id, { code: c.code, ownerId: owner.id });
    return c.id;
  };

  harness('customers', {
    permissions: PERMISSIONS,
    create: (owner) => newCustomer(owner),
    list: async (viewer) => ids((await get(viewer.token, '/customers?pageSize=200')).body),
    get: async (viewer, id) => answer(await get(viewer.token, `/customers/${id}`)),
    getMissing: async (viewer) => answer(await get(viewer.token, `/customers/${randomUUID()}`)),
    // The owner has this one customer: an owner filter counts it or nothing.
    count: async (viewer, id) => (await get(viewer.token, `/customers?ownerId=${customers.get(id)!.ownerId}`)).body.total,
    export: async (viewer, id) => {
      const csv: string = (await get(viewer.token, '/customers/export?format=csv').buffer(true).parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      })).body;
      return csv.includes(customers.get(id)!.code) ? [id] : [];
    },
    joinTeam: onCustomerTeam((id) => id),
  });

  const contactCustomer = new Map<string, string>();
  harness('contacts', {
    permissions: PERMISSIONS,
    async create(owner) {
      const customerId = await newCustomer(owner);
      const res = await send('post', owner.token, `/customers/${customerId}/contacts`, { name: '王经理', mobile: '13900001111', title: '采购经理' });
      if (res.status !== 201) throw new Error(`contact: ${res.status} ${JSON.stringify(res.body)}`);
      contactCustomer.set(res.body.id, customerId);
      return res.body.id;
    },
    list: async (viewer) => ids((await get(viewer.token, '/contacts?pageSize=200')).body),
    get: async (viewer, id) => answer(await get(viewer.token, `/customers/${contactCustomer.get(id)}/contacts`)),
    getMissing: async (viewer) => answer(await get(viewer.token, `/customers/${randomUUID()}/contacts`)),
    count: async (viewer) => (await get(viewer.token, '/contacts?q=王经理')).body.total,
    joinTeam: onCustomerTeam((id) => contactCustomer.get(id)!),
  });

  const followUpCustomer = new Map<string, string>();
  harness('follow-ups', {
    permissions: PERMISSIONS,
    async create(owner) {
      const customerId = await newCustomer(owner);
      const now = t.clock.now().getTime();
      const res = await send('post', owner.token, `/customers/${customerId}/follow-ups`, {
        method: 'phone',
        occurredAt: new Date(now - 3_600_000).toISOString(),
        summary: '范围测试跟进',
        nextContactAt: new Date(now + 86_400_000).toISOString(),
      });
      if (res.status !== 201) throw new Error(`follow-up: ${res.status} ${JSON.stringify(res.body)}`);
      followUpCustomer.set(res.body.id, customerId);
      return res.body.id;
    },
    list: async (viewer) => ids((await get(viewer.token, '/follow-ups?pageSize=200')).body),
    get: async (viewer, id) => answer(await get(viewer.token, `/customers/${followUpCustomer.get(id)}/follow-ups`)),
    getMissing: async (viewer) => answer(await get(viewer.token, `/customers/${randomUUID()}/follow-ups`)),
    count: async (viewer, id) => (await get(viewer.token, `/follow-ups?customerId=${followUpCustomer.get(id)}`)).body.total,
    joinTeam: onCustomerTeam((id) => followUpCustomer.get(id)!),
  });

  const alertCustomer = new Map<string, string>();
  harness('churn alerts', {
    permissions: PERMISSIONS,
    async create(owner) {
      const customerId = await newCustomer(owner);
      // Signed long ago and nothing since: the churn job raises an alert for it now.
      await markFormal(t, customerId, owner.id, new Date(t.clock.now().getTime() - 400 * 86_400_000));
      const job = await send('post', admin, '/jobs/churn-alerts/run');
      if (job.body.status !== 'succeeded') throw new Error(`churn job: ${JSON.stringify(job.body)}`);
      const [alert] = (await get(admin, `/churn-alerts?customerId=${customerId}`)).body.items;
      alertCustomer.set(alert.id, customerId);
      return alert.id;
    },
    list: async (viewer) => ids((await get(viewer.token, '/churn-alerts?pageSize=200')).body),
    get: async (viewer, id) => answer(await get(viewer.token, `/churn-alerts/${id}`)),
    getMissing: async (viewer) => answer(await get(viewer.token, `/churn-alerts/${randomUUID()}`)),
    count: async (viewer, id) => (await get(viewer.token, `/churn-alerts?customerId=${alertCustomer.get(id)}`)).body.total,
    joinTeam: onCustomerTeam((id) => alertCustomer.get(id)!),
  });

  const documentCustomer = new Map<string, string>();
  harness('customer documents', {
    permissions: [...PERMISSIONS, 'customer-document:write'],
    async create(owner) {
      const customerId = await newCustomer(owner);
      const res = await t.http.post(`/api/v1/customers/${customerId}/documents`).auth(owner.token, { type: 'bearer' }).attach('file', SAMPLE_FILES.pdf, '范围测试.pdf');
      if (res.status !== 201) throw new Error(`document: ${res.status} ${JSON.stringify(res.body)}`);
      documentCustomer.set(res.body.id, customerId);
      return res.body.id;
    },
    list: async (viewer, id) => {
      const res = await get(viewer.token, `/customers/${documentCustomer.get(id)}/documents`);
      return res.status === 200 ? res.body.map((d: { id: string }) => d.id) : [];
    },
    // The download: the bytes in scope, outside it the same 404 as a document that never existed.
    get: async (viewer, id) => {
      const res = await get(viewer.token, `/customers/${documentCustomer.get(id)}/documents/${id}`);
      return { status: res.status, body: res.status === 200 ? { contentType: res.headers['content-type'] } : res.body };
    },
    getMissing: async (viewer) => answer(await get(viewer.token, `/customers/${randomUUID()}/documents/${randomUUID()}`)),
    joinTeam: onCustomerTeam((id) => documentCustomer.get(id)!),
  });

  harness('the public pool (everyone’s to claim)', {
    permissions: PERMISSIONS,
    visibleToEveryone: true,
    async create(owner) {
      const id = await newCustomer(owner);
      const res = await send('post', owner.token, `/customers/${id}/abandon`, { reason: '范围测试放弃' });
      if (res.status !== 204) throw new Error(`abandon: ${res.status} ${JSON.stringify(res.body)}`);
      return id;
    },
    list: async (viewer) => ids((await get(viewer.token, '/customers/pool?pageSize=200')).body),
    get: async (viewer, id) => answer(await get(viewer.token, `/customers/pool/${id}`)),
  });

  harness('ownership history', {
    permissions: PERMISSIONS,
    create: (owner) => newCustomer(owner),
    get: async (viewer, id) => answer(await get(viewer.token, `/customers/${id}/history`)),
    getMissing: async (viewer) => answer(await get(viewer.token, `/customers/${randomUUID()}/history`)),
    joinTeam: onCustomerTeam((id) => id),
  });

  harness('home-page statistics', {
    permissions: PERMISSIONS,
    create: (owner) => newCustomer(owner),
    // The owner has this one customer: his stage counts add up to it or nothing.
    count: async (viewer, id) => {
      const stats = (await get(viewer.token, `/customers/stats?weeks=1&ownerId=${customers.get(id)!.ownerId}`)).body;
      return stats.stages.reduce((sum: number, s: { count: number }) => sum + s.count, 0);
    },
    joinTeam: onCustomerTeam((id) => id),
  });

  const categoryOf = new Map<string, string>();
  harness('customer counts per category', {
    permissions: PERMISSIONS,
    async create(owner) {
      const category = await send('post', admin, '/customer-categories', { name: `范围分类${randomUUID().slice(0, 8)}` });
      if (category.status !== 201) throw new Error(`category: ${category.status} ${JSON.stringify(category.body)}`);
      const id = await newCustomer(owner, { categoryId: category.body.id });
      categoryOf.set(id, category.body.id);
      return id;
    },
    count: async (viewer, id) => {
      const categories: Array<{ id: string; customerCount: number }> = (await get(viewer.token, '/customer-categories')).body;
      return categories.find((c) => c.id === categoryOf.get(id))!.customerCount;
    },
    joinTeam: onCustomerTeam((id) => id),
  });
});
