import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { permissionsMigrations, PermissionsModule } from '@kehu/server-permissions';
import { adminToken, createUser } from '@kehu/server-permissions/testing';
import { MAX_VIEWS_PER_PAGE } from './list-views.service';
import { settingsMigrations } from './migrations';
import { SettingsModule } from './settings.module';

describe('saved list views', () => {
  let t: TestApp;
  let admin: string;
  let rep: { id: string; token: string };
  let other: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule],
      migrations: [...permissionsMigrations, ...settingsMigrations],
    });
    admin = await adminToken(t);
    rep = await createUser(t, admin, { username: 'rep', roles: ['sales_rep'] });
    other = await createUser(t, admin, { username: 'other', roles: ['sales_rep'] });
  });
  afterAll(() => t.close());

  const save = (token: string, body: object) => t.http.post('/api/v1/settings/list-views').auth(token, { type: 'bearer' }).send(body);
  const list = (token: string, key?: string) =>
    t.http.get(`/api/v1/settings/list-views${key ? `?list=${key}` : ''}`).auth(token, { type: 'bearer' });

  it("keeps each user's views per list: the owner lists, renames and deletes them, audited; nobody else sees them", async () => {
    const created = await save(rep.token, {
      list: 'customers',
      name: ' 华东意向 ',
      query: { status: 'INTENT', mine: true, region: ['east'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      list: 'customers',
      name: '华东意向',
      query: { status: 'INTENT', mine: true, region: ['east'] },
      version: 1,
    });
    await save(rep.token, { list: 'churn-alerts', name: '待处理', query: { state: 'OPEN' } }).expect(201);

    expect((await list(rep.token, 'customers')).body.map((v: { name: string }) => v.name)).toEqual(['华东意向']);
    expect((await list(rep.token)).body.map((v: { list: string }) => v.list).sort()).toEqual(['churn-alerts', 'customers']);
    // Another user, even an administrator, neither sees nor changes them: they do not exist for them.
    expect((await list(other.token)).body).toEqual([]);
    expect((await list(admin)).body).toEqual([]);
    const id = created.body.id;
    expect((await t.http.patch(`/api/v1/settings/list-views/${id}`).auth(other.token, { type: 'bearer' }).send({ name: 'x' })).status).toBe(
      404,
    );
    expect((await t.http.delete(`/api/v1/settings/list-views/${id}`).auth(admin, { type: 'bearer' })).status).toBe(404);
    // The same name is free for another user.
    await save(other.token, { list: 'customers', name: '华东意向', query: {} }).expect(201);

    const renamed = await t.http
      .patch(`/api/v1/settings/list-views/${id}`)
      .auth(rep.token, { type: 'bearer' })
      .set('If-Match', 'W/"1"')
      .send({ name: '华东', query: { status: 'POTENTIAL' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '华东', query: { status: 'POTENTIAL' }, version: 2 });
    const stale = await t.http
      .patch(`/api/v1/settings/list-views/${id}`)
      .auth(rep.token, { type: 'bearer' })
      .set('If-Match', 'W/"1"')
      .send({ name: 'y' });
    expect(stale.status).toBe(412);

    expect((await t.http.delete(`/api/v1/settings/list-views/${id}`).auth(rep.token, { type: 'bearer' })).status).toBe(204);
    expect((await list(rep.token, 'customers')).body).toEqual([]);
    expect((await t.http.delete(`/api/v1/settings/list-views/${id}`).auth(rep.token, { type: 'bearer' })).status).toBe(404);
    // A deleted view's name can be used again.
    await save(rep.token, { list: 'customers', name: '华东', query: {} }).expect(201);

    const audit = await t.db.query(`SELECT action, actor_id FROM audit_log WHERE entity_type = 'ListView' AND entity_id = $1 ORDER BY id`, [
      id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['INSERT', 'UPDATE', 'SOFT_DELETE']);
    expect(audit.every((a: { actor_id: string }) => a.actor_id === rep.id)).toBe(true);
  });

  it('refuses a second view of the same name on the same list (409 naming name) and more than the limit', async () => {
    await save(rep.token, { list: 'pool', name: '本周', query: {} }).expect(201);
    const taken = await save(rep.token, { list: 'pool', name: '本周', query: { q: 'x' } });
    expect(taken.status).toBe(409);
    expect(taken.body.type).toBe('https://kehu.dev/problems/list-view-name-taken');
    expect(taken.body.errors[0].field).toBe('name');
    // Renaming onto a taken name is refused the same way.
    const second = await save(rep.token, { list: 'pool', name: '下周', query: {} });
    const rename = await t.http
      .patch(`/api/v1/settings/list-views/${second.body.id}`)
      .auth(rep.token, { type: 'bearer' })
      .send({ name: '本周' });
    expect(rename.status).toBe(409);

    for (let i = 2; i < MAX_VIEWS_PER_PAGE; i++) await save(rep.token, { list: 'pool', name: `v${i}`, query: {} }).expect(201);
    const over = await save(rep.token, { list: 'pool', name: 'one too many', query: {} });
    expect(over.status).toBe(409);
    expect(over.body.type).toBe('https://kehu.dev/problems/list-view-limit-reached');
    // The limit is per list.
    await save(rep.token, { list: 'contacts', name: 'one too many', query: {} }).expect(201);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: Array<[object, string]> = [
      [{ list: 'Customers!', name: 'a', query: {} }, 'list'],
      [{ list: 'customers', name: '   ', query: {} }, 'name'],
      [{ list: 'customers', name: 'x'.repeat(51), query: {} }, 'name'],
      [{ list: 'customers', name: 'a', query: 'status=INTENT' }, 'query'],
      [{ list: 'customers', name: 'a', query: { status: { nested: true } } }, 'query.status'],
      [{ list: 'customers', name: 'a', query: { ids: [1, 2] } }, 'query.ids'],
      [{ list: 'customers', name: 'a', query: { status: null } }, 'query.status'],
      [{ list: 'customers', name: 'a', query: { 'bad key': 'x' } }, 'query'],
      [{ list: 'customers', name: 'a', query: { q: 'x'.repeat(201) } }, 'query.q'],
      [{ list: 'customers', name: 'a', query: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`f${i}`, 'x'])) }, 'query'],
    ];
    for (const [body, field] of cases) {
      const res = await violatesContract(t.http.post('/api/v1/settings/list-views')).auth(rep.token, { type: 'bearer' }).send(body);
      expect({ body, status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
        body,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
    const badPage = await violatesContract(t.http.get('/api/v1/settings/list-views?list=A%20B')).auth(rep.token, { type: 'bearer' });
    expect(badPage.status).toBe(400);
    expect(badPage.body.errors[0].field).toBe('list');
    const badId = await t.http.patch('/api/v1/settings/list-views/not-a-uuid').auth(rep.token, { type: 'bearer' }).send({ name: 'x' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('id');
    expect((await t.http.get('/api/v1/settings/list-views')).status).toBe(401);
  });
});
