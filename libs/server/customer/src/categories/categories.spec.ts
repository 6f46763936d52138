import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { createCustomer } from '../testing/customer-fixtures';

describe('customer categories', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const create = async (name: string, parentId?: string) => {
    const res = await t.http.post('/api/v1/customer-categories').auth(admin, { type: 'bearer' }).send({ name, parentId });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('builds a tree of any depth, filters customers by a subtree and protects used nodes', async () => {
    const industry = await create('工业');
    const machinery = await create('机械', industry);
    const tools = await create('工具', machinery);
    const retail = await create('零售');
    const a = await createCustomer(t, admin, { categoryId: tools });
    const b = await createCustomer(t, admin, { categoryId: machinery });
    const c = await createCustomer(t, admin, { categoryId: retail });

    const ids = async (categoryId: string) =>
      (await t.http.get(`/api/v1/customers?categoryId=${categoryId}&pageSize=200`).auth(admin, { type: 'bearer' })).body.items.map((x: { id: string }) => x.id).sort();
    expect(await ids(industry)).toEqual([a.id, b.id].sort());
    expect(await ids(tools)).toEqual([a.id]);
    expect(await ids(retail)).toEqual([c.id]);

    const tree = await t.http.get('/api/v1/customer-categories').auth(admin, { type: 'bearer' });
    const top = tree.body.find((n: { id: string }) => n.id === industry);
    expect(top.children[0]).toMatchObject({ id: machinery, customerCount: 1, children: [expect.objectContaining({ id: tools, customerCount: 1 })] });

    // Move 机械 (with 工具) under 零售: the subtree filter follows.
    expect((await t.http.post(`/api/v1/customer-categories/${industry}/move`).auth(admin, { type: 'bearer' }).send({ parentId: tools })).status).toBe(409);
    expect((await t.http.post(`/api/v1/customer-categories/${machinery}/move`).auth(admin, { type: 'bearer' }).send({ parentId: retail })).status).toBe(200);
    expect(await ids(retail)).toEqual([a.id, b.id, c.id].sort());
    expect(await ids(industry)).toEqual([]);

    const inUse = await t.http.delete(`/api/v1/customer-categories/${tools}`).auth(admin, { type: 'bearer' });
    expect(inUse.status).toBe(409);
    expect(inUse.body.type).toBe('https://kehu.dev/problems/category-in-use');
    expect((await t.http.delete(`/api/v1/customer-categories/${retail}`).auth(admin, { type: 'bearer' })).status).toBe(409);
    expect((await t.http.delete(`/api/v1/customer-categories/${industry}`).auth(admin, { type: 'bearer' })).status).toBe(204);

    const renamed = await t.http.patch(`/api/v1/customer-categories/${retail}`).auth(admin, { type: 'bearer' }).send({ name: '零售与分销', sortOrder: 2 });
    expect(renamed.body).toMatchObject({ name: '零售与分销', sortOrder: 2 });
    const dup = await t.http.post('/api/v1/customer-categories').auth(admin, { type: 'bearer' }).send({ name: '机械', parentId: retail });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('name');
    const unknown = await t.http.post('/api/v1/customers').auth(admin, { type: 'bearer' }).send({ name: 'x公司', address: 'a', industry: 'manufacturing', phone: '0523-81234567', description: 'd', categoryId: industry });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('categoryId');
  });

  it('counts only the customers the caller may see', async () => {
    const east = await createDepartment(t, admin, '华东');
    const west = await createDepartment(t, admin, '华西');
    const eastRep = await createUser(t, admin, { username: 'count.east', roles: ['sales_rep'], departmentId: east });
    const westRep = await createUser(t, admin, { username: 'count.west', roles: ['sales_rep'], departmentId: west });
    const eastManager = await createUser(t, admin, { username: 'count.boss', roles: ['sales_manager'], departmentId: east });
    const category = await create('计数');
    const eastOwn = await createCustomer(t, eastRep.token, { categoryId: category });
    await createCustomer(t, eastRep.token, { categoryId: category });
    await createCustomer(t, westRep.token, { categoryId: category });

    const count = async (token: string) => {
      const res = await t.http.get('/api/v1/customer-categories').auth(token, { type: 'bearer' });
      expect(res.status).toBe(200);
      return res.body.find((n: { id: string }) => n.id === category).customerCount as number;
    };
    expect(await count(westRep.token)).toBe(1);
    expect(await count(eastRep.token)).toBe(2);
    expect(await count(eastManager.token)).toBe(2);
    expect(await count(admin)).toBe(3);
    // A seat on a customer's team shows that customer, and so counts it.
    const seat = await t.http.put(`/api/v1/customers/${eastOwn.id}/team/${westRep.id}`).auth(admin, { type: 'bearer' }).send({ access: 'READ' });
    expect(seat.status).toBe(200);
    expect(await count(westRep.token)).toBe(2);

    // Refusing to delete a used category does not give the hidden number away either.
    const inUse = await t.http.delete(`/api/v1/customer-categories/${category}`).auth(admin, { type: 'bearer' });
    expect(inUse.status).toBe(409);
    expect(inUse.body.detail).not.toMatch(/\d/);
  });

  it('lets only holders of customer-category:write change the tree', async () => {
    const rep = await createUser(t, admin, { username: 'rep', roles: ['sales_rep'] });
    expect((await t.http.get('/api/v1/customer-categories').auth(rep.token, { type: 'bearer' })).status).toBe(200);
    expect((await t.http.post('/api/v1/customer-categories').auth(rep.token, { type: 'bearer' }).send({ name: 'x' })).status).toBe(403);
  });
});
