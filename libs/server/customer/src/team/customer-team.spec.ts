import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { createCustomer } from '../testing/customer-fixtures';

describe('customer team (项目团队)', () => {
  let t: TestApp;
  let admin: string;
  let owner: { id: string; token: string };
  let rep: { id: string; token: string };
  let manager: { id: string; token: string };
  let outsider: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    const east = await createDepartment(t, admin, '华东销售部');
    const north = await createDepartment(t, admin, '华北销售部');
    owner = await createUser(t, admin, { username: 'owner', roles: ['sales_rep'], departmentId: east });
    manager = await createUser(t, admin, { username: 'eastmgr', roles: ['sales_manager'], departmentId: east });
    rep = await createUser(t, admin, { username: 'northrep', roles: ['sales_rep'], departmentId: north });
    outsider = await createUser(t, admin, { username: 'outsider', roles: ['sales_rep'], departmentId: north });
  });
  afterAll(() => t.close());

  const call = (method: 'get' | 'put' | 'patch' | 'delete', token: string, url: string) => t.http[method](url).auth(token, { type: 'bearer' });
  const ids = async (token: string, query = '') =>
    (await call('get', token, `/api/v1/customers?pageSize=200${query}`)).body.items.map((c: { id: string }) => c.id);

  it('lets a SELF-scope rep see a customer while on its team, and not after removal', async () => {
    const c = await createCustomer(t, owner.token, { name: '常州市星辰电气有限公司', shortName: '星辰电气' });
    expect((await call('get', rep.token, `/api/v1/customers/${c.id}`)).status).toBe(404);
    expect(await ids(rep.token)).not.toContain(c.id);

    const added = await call('put', owner.token, `/api/v1/customers/${c.id}/team/${rep.id}`).send({ access: 'READ' });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ customerId: c.id, userId: rep.id, username: 'northrep', access: 'READ' });

    expect((await call('get', rep.token, `/api/v1/customers/${c.id}`)).body).toMatchObject({ id: c.id, ownerId: owner.id });
    expect(await ids(rep.token)).toContain(c.id);
    expect(await ids(rep.token, `&q=${encodeURIComponent('星辰')}`)).toEqual([c.id]);
    expect((await call('get', rep.token, `/api/v1/customers/${c.id}/contacts`)).status).toBe(200);
    const team = await call('get', rep.token, `/api/v1/customers/${c.id}/team`);
    expect(team.body).toEqual([expect.objectContaining({ userId: rep.id, access: 'READ' })]);

    // READ is read-only: no edit, no follow-up.
    const readOnly = await call('patch', rep.token, `/api/v1/customers/${c.id}`).send({ shortName: '只读改名' });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body).toMatchObject({ teamAccess: 'READ' });
    expect((await call('get', owner.token, `/api/v1/customers/${c.id}`)).body.shortName).toBe('星辰电气');

    // The manager whose department scope covers the customer changes the seat; a second PUT with the same access changes nothing.
    expect((await call('put', manager.token, `/api/v1/customers/${c.id}/team/${rep.id}`).send({ access: 'WRITE' })).body.access).toBe('WRITE');
    expect((await call('put', manager.token, `/api/v1/customers/${c.id}/team/${rep.id}`).send({ access: 'WRITE' })).status).toBe(200);
    expect((await call('patch', rep.token, `/api/v1/customers/${c.id}`).send({ shortName: '星辰' })).status).toBe(200);

    expect((await call('delete', owner.token, `/api/v1/customers/${c.id}/team/${rep.id}`)).status).toBe(204);
    expect((await call('get', rep.token, `/api/v1/customers/${c.id}`)).status).toBe(404);
    expect(await ids(rep.token)).not.toContain(c.id);
    expect((await call('get', owner.token, `/api/v1/customers/${c.id}/team`)).body).toEqual([]);
    expect((await call('delete', owner.token, `/api/v1/customers/${c.id}/team/${rep.id}`)).status).toBe(404);

    const audit = await call('get', admin, `/api/v1/audit-logs?entityType=Customer&entityId=${c.id}&pageSize=50`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['TEAM_ADD', 'TEAM_UPDATE', 'TEAM_REMOVE']));
    expect(audit.body.items.filter((a: { action: string }) => a.action === 'TEAM_UPDATE')).toHaveLength(1);
  });

  it('built-in views: 我参与的 (team), 下属负责的 (subordinates) and selected ids, also for the export', async () => {
    const mine = await createCustomer(t, manager.token);
    const ownersOne = await createCustomer(t, owner.token);
    const northOne = await createCustomer(t, rep.token);
    await call('put', rep.token, `/api/v1/customers/${northOne.id}/team/${manager.id}`).send({ access: 'READ' }).expect(200);

    const subordinates = await ids(manager.token, '&subordinates=true');
    expect(subordinates).toContain(ownersOne.id);
    expect(subordinates).not.toContain(mine.id);
    // Seen through a team seat only: the manager takes part in it, it is not a subordinate's.
    expect(subordinates).not.toContain(northOne.id);
    expect(await ids(manager.token, '&team=true')).toEqual([northOne.id]);
    expect(await ids(owner.token, '&subordinates=true')).toEqual([]);

    const selected = await ids(manager.token, `&ids=${mine.id}&ids=${northOne.id}`);
    expect(selected.sort()).toEqual([mine.id, northOne.id].sort());
    // Selected ids never widen the scope: the owner does not see the north customer.
    expect(await ids(owner.token, `&ids=${northOne.id}`)).toEqual([]);
    const bad = await violatesContract(call('get', manager.token, '/api/v1/customers?ids=nope'));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toMatch(/^ids/);

    const exported = await call('get', manager.token, `/api/v1/customers/export?format=csv&ids=${mine.id}`);
    expect(exported.status).toBe(200);
    expect(exported.text.trim().split('\n')).toHaveLength(2);
  });

  it('is managed only by someone whose own scope covers the customer', async () => {
    const c = await createCustomer(t, owner.token);
    // Outside scope the customer does not exist.
    expect((await call('put', outsider.token, `/api/v1/customers/${c.id}/team/${outsider.id}`).send({ access: 'READ' })).status).toBe(404);
    expect((await call('get', outsider.token, `/api/v1/customers/${c.id}/team`)).status).toBe(404);
    // A team seat lets one see the customer, not add colleagues.
    await call('put', owner.token, `/api/v1/customers/${c.id}/team/${rep.id}`).send({ access: 'WRITE' }).expect(200);
    const byMember = await call('put', rep.token, `/api/v1/customers/${c.id}/team/${outsider.id}`).send({ access: 'READ' });
    expect(byMember.status).toBe(403);
    expect(byMember.headers['content-type']).toContain('application/problem+json');
    expect((await call('delete', rep.token, `/api/v1/customers/${c.id}/team/${rep.id}`)).status).toBe(403);
  });

  it('validates the access level and the user', async () => {
    const c = await createCustomer(t, owner.token);
    const badAccess = await violatesContract(call('put', owner.token, `/api/v1/customers/${c.id}/team/${rep.id}`)).send({ access: 'ADMIN' });
    expect(badAccess.status).toBe(400);
    expect(badAccess.body.errors[0].field).toBe('access');
    const noUser = await call('put', owner.token, `/api/v1/customers/${c.id}/team/00000000-0000-4000-8000-000000000000`).send({ access: 'READ' });
    expect(noUser.status).toBe(400);
    expect(noUser.body.errors[0].field).toBe('userId');
    const self = await call('put', owner.token, `/api/v1/customers/${c.id}/team/${owner.id}`).send({ access: 'READ' });
    expect(self.status).toBe(400);
    expect((await call('put', owner.token, `/api/v1/customers/${c.id}/team/not-a-uuid`).send({ access: 'READ' })).status).toBe(400);
  });
});
