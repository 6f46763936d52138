import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { createCustomer, customerBody } from '../testing/customer-fixtures';

describe('customers', () => {
  let t: TestApp;
  let admin: string;
  let rep1: { id: string; token: string };
  let rep2: { id: string; token: string };
  let manager: { id: string; token: string };
  let teamA: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    const sales = await createDepartment(t, admin, '销售部');
    teamA = await createDepartment(t, admin, '销售一部', sales);
    const teamB = await createDepartment(t, admin, '销售二部', sales);
    rep1 = await createUser(t, admin, { username: 'rep1', roles: ['sales_rep'], departmentId: teamA });
    rep2 = await createUser(t, admin, { username: 'rep2', roles: ['sales_rep'], departmentId: teamB });
    manager = await createUser(t, admin, { username: 'mgr', roles: ['sales_manager'], departmentId: teamA });
  });
  beforeEach(async () => {
    // Some tests move the clock past the access-token lifetime.
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ type: 'bearer' as const, token });
  const get = (token: string, url: string) => t.http.get(url).auth(as(token).token, { type: 'bearer' });

  it('creates a POTENTIAL customer owned by the rep, with a generated code and history', async () => {
    const res = await t.http.post('/api/v1/customers').auth(rep1.token, { type: 'bearer' }).send(customerBody({ name: '靖江市春意空调有限公司', shortName: '春意空调', phone: '0523-84888888', registeredCapital: '5000000.00' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '靖江市春意空调有限公司', status: 'POTENTIAL', ownerId: rep1.id, ownerName: 'rep1', departmentId: teamA, registeredCapital: '5000000.00', version: 1 });
    expect(res.body.code).toMatch(/^KH\d{8}\d{4}$/);
    const history = await get(rep1.token, `/api/v1/customers/${res.body.id}/history`);
    expect(history.body).toEqual([expect.objectContaining({ event: 'CREATED', toOwnerName: 'rep1', toStatus: 'POTENTIAL' })]);
  });

  it('never reuses a code', async () => {
    const a = await createCustomer(t, rep1.token);
    const b = await createCustomer(t, rep1.token);
    expect(a.code).not.toBe(b.code);
    expect(Number(b.code.slice(-4))).toBeGreaterThan(Number(a.code.slice(-4)));
  });

  it('enforces the fields required on entry and names each', async () => {
    const res = await violatesContract(t.http.post('/api/v1/customers'))
      .auth(rep1.token, { type: 'bearer' })
      .send({ name: '  ', creditRating: 9, registeredCapital: '1.234' });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'address', 'industry', 'phone', 'description', 'creditRating', 'registeredCapital']));
    const badCode = await t.http.post('/api/v1/customers').auth(rep1.token, { type: 'bearer' }).send(customerBody({ industry: 'space-piracy' }));
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors[0].field).toBe('industry');
  });

  it('refuses a near-identical name or a used phone, naming the existing record but not exposing it to others', async () => {
    const sameName = await t.http.post('/api/v1/customers').auth(rep2.token, { type: 'bearer' }).send(customerBody({ name: '靖江市 春意空调 股份有限公司' }));
    expect(sameName.status).toBe(409);
    expect(sameName.body.type).toBe('https://kehu.dev/problems/duplicate-customer');
    expect(sameName.body.errors[0].field).toBe('name');
    expect(sameName.body.existing).toMatchObject({ name: '靖江市春意空调有限公司', ownerName: 'rep1', status: 'POTENTIAL', id: null });
    const samePhone = await t.http.post('/api/v1/customers').auth(rep2.token, { type: 'bearer' }).send(customerBody({ phone: '+86 0523 8488 8888'.replace('+86 ', '') }));
    expect(samePhone.status).toBe(409);
    expect(samePhone.body.errors[0].field).toBe('phone');
    // The owner sees the id of their own record.
    const own = await t.http.post('/api/v1/customers').auth(rep1.token, { type: 'bearer' }).send(customerBody({ name: '靖江市春意空调有限公司' }));
    expect(own.body.existing.id).toEqual(expect.any(String));
  });

  it('finds duplicate candidates by two Chinese characters, fuzzy name, phone and contact mobile', async () => {
    const spring = await t.http.get('/api/v1/customers/duplicates?q=春意').auth(rep2.token, { type: 'bearer' });
    expect(spring.status).toBe(200);
    // Outside rep2's scope: name, owner and status only (DOMAIN §1) — no id to probe with, no short name, phone or code.
    expect(spring.body[0]).toEqual({
      id: null,
      name: '靖江市春意空调有限公司',
      shortName: null,
      ownerName: 'rep1',
      status: 'POTENTIAL',
      score: expect.any(Number),
      matchedOn: ['name'],
      visible: false,
      phone: null,
      code: null,
    });
    const mine = await t.http.get('/api/v1/customers/duplicates?q=春意').auth(rep1.token, { type: 'bearer' });
    expect(mine.body[0]).toMatchObject({ id: expect.any(String), shortName: '春意空调', visible: true, phone: '0523-84888888' });
    const latin = await createCustomer(t, rep1.token, { name: 'Spring Air Conditioning Co., Ltd.' });
    const fuzzy = await t.http.get(`/api/v1/customers/duplicates?q=${encodeURIComponent('spring air conditionning')}`).auth(rep2.token, { type: 'bearer' });
    expect(fuzzy.body.map((c: { name: string }) => c.name)).toContain(latin.name);
    const byPhone = await t.http.get('/api/v1/customers/duplicates?q=052384888888').auth(rep2.token, { type: 'bearer' });
    // The company's phone finds it (entering it would be refused all the same), without saying more than its name.
    expect(byPhone.body).toEqual([expect.objectContaining({ id: null, name: '靖江市春意空调有限公司', matchedOn: [], phone: null })]);
    expect((await t.http.get('/api/v1/customers/duplicates?q=052384888888').auth(rep1.token, { type: 'bearer' })).body[0]).toMatchObject({
      score: 1,
      matchedOn: ['phone'],
    });
    await t.http.post(`/api/v1/customers/${latin.id}/contacts`).auth(rep1.token, { type: 'bearer' }).send({ name: 'Li Lei', mobile: '139 0000 1111' });
    // A contact's mobile is personal data: it finds the customer only for those who may see it.
    const byMobile = await t.http.get('/api/v1/customers/duplicates?q=13900001111').auth(rep1.token, { type: 'bearer' });
    expect(byMobile.body[0]).toMatchObject({ id: latin.id, matchedOn: ['contactMobile'] });
    expect((await t.http.get('/api/v1/customers/duplicates?q=13900001111').auth(rep2.token, { type: 'bearer' })).body).toEqual([]);
    const tooShort = await t.http.get('/api/v1/customers/duplicates?q=春').auth(rep2.token, { type: 'bearer' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors[0].field).toBe('q');
  });

  it('keeps each rep to their own customers in list, get, count and search; the manager sees the team', async () => {
    const theirs = await createCustomer(t, rep2.token, { name: '泰州市远航物流有限公司' });
    const list1 = await get(rep1.token, '/api/v1/customers?pageSize=200');
    expect(list1.body.items.every((c: { ownerId: string }) => c.ownerId === rep1.id)).toBe(true);
    expect(list1.body.total).toBe(list1.body.items.length);
    expect((await get(rep1.token, `/api/v1/customers/${theirs.id}`)).status).toBe(404);
    expect((await get(rep1.token, `/api/v1/customers?q=${encodeURIComponent('远航')}`)).body.total).toBe(0);
    expect((await get(rep2.token, `/api/v1/customers?q=${encodeURIComponent('远航')}`)).body.total).toBe(1);
    expect((await get(rep1.token, `/api/v1/customers/${theirs.id}/contacts`)).status).toBe(404);
    expect((await get(rep1.token, `/api/v1/customers/${theirs.id}/timeline`)).status).toBe(404);
    const edit = await t.http.patch(`/api/v1/customers/${theirs.id}`).auth(rep1.token, { type: 'bearer' }).send({ description: 'mine now' });
    expect(edit.status).toBe(404);
    // The sales manager (DEPARTMENT_AND_CHILDREN of 销售一部) sees rep1's customers, not rep2's.
    const team = await get(manager.token, '/api/v1/customers?pageSize=200');
    const owners = new Set(team.body.items.map((c: { ownerId: string }) => c.ownerId));
    expect(owners.has(rep1.id)).toBe(true);
    expect(owners.has(rep2.id)).toBe(false);
    const all = await get(admin, '/api/v1/customers?pageSize=200');
    expect(all.body.total).toBe(list1.body.total + (await get(rep2.token, '/api/v1/customers')).body.total);
  });

  it('searches by short name, code, phone and contact name, and filters', async () => {
    const c = await createCustomer(t, rep1.token, { name: '无锡市青禾食品股份有限公司', shortName: '青禾', level: 'major', region: 'jiangsu', source: 'exhibition' });
    const q = async (query: string) => (await get(rep1.token, `/api/v1/customers?${query}`)).body.items.map((x: { id: string }) => x.id);
    expect(await q(`q=${encodeURIComponent('青禾')}`)).toContain(c.id);
    expect(await q(`q=${encodeURIComponent('青禾食品')}`)).toContain(c.id);
    // The full legal name, as pasted from a contract (names are stored without 股份有限公司).
    expect(await q(`q=${encodeURIComponent('无锡市青禾食品股份有限公司')}`)).toEqual([c.id]);
    expect(await q(`q=${c.code}`)).toEqual([c.id]);
    await t.http.post(`/api/v1/customers/${c.id}/contacts`).auth(rep1.token, { type: 'bearer' }).send({ name: '赵六', mobile: '13711112222' });
    expect(await q(`q=${encodeURIComponent('赵六')}`)).toEqual([c.id]);
    expect(await q('q=13711112222')).toEqual([c.id]);
    // A phone with or without its area code, punctuated or not; digits inside a name when no phone has them.
    const phoned = await createCustomer(t, rep1.token, { name: '杭州12306票务服务有限公司', phone: '0571-88776655' });
    expect(await q('q=0571-88776655')).toEqual([phoned.id]);
    expect(await q('q=057188776655')).toEqual([phoned.id]);
    expect(await q('q=88776655')).toEqual([phoned.id]);
    // Digits no phone ends with are still looked for inside phones, names and codes.
    expect(await q('q=7188776')).toEqual([phoned.id]);
    expect(await q('q=99887766')).toEqual([]);
    expect(await q('q=12306')).toEqual([phoned.id]);
    expect(await q('level=major&region=jiangsu&source=exhibition')).toEqual([c.id]);
    expect(await q('level=major&region=beijing')).toEqual([]);
    const sorted = (await get(rep1.token, '/api/v1/customers?sort=name&pageSize=200')).body.items.map((x: { name: string }) => x.name);
    expect(sorted).toEqual([...sorted].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    const badSort = await get(rep1.token, '/api/v1/customers?sort=secretField');
    expect(badSort.status).toBe(400);
    expect(badSort.body.errors[0].field).toBe('sort');
  });

  it('edits with If-Match and refuses a stale version with 412', async () => {
    const c = await createCustomer(t, rep1.token);
    const ok = await t.http.patch(`/api/v1/customers/${c.id}`).auth(rep1.token, { type: 'bearer' }).set('If-Match', `W/"${c.version}"`).send({ satisfaction: 4 });
    expect(ok.status).toBe(200);
    expect(ok.body.satisfaction).toBe(4);
    const stale = await t.http.patch(`/api/v1/customers/${c.id}`).auth(rep1.token, { type: 'bearer' }).set('If-Match', `W/"${c.version}"`).send({ satisfaction: 1 });
    expect(stale.status).toBe(412);
    expect((await get(rep1.token, `/api/v1/customers/${c.id}`)).body.satisfaction).toBe(4);
    // Renaming onto another customer's name is a duplicate too.
    const rename = await t.http.patch(`/api/v1/customers/${c.id}`).auth(rep1.token, { type: 'bearer' }).send({ name: '靖江市春意空调有限责任公司' });
    expect(rename.status).toBe(409);
  });

  it('soft-deletes with permission only, keeping the code taken', async () => {
    const c = await createCustomer(t, rep1.token);
    expect((await t.http.delete(`/api/v1/customers/${c.id}`).auth(rep1.token, { type: 'bearer' })).status).toBe(403);
    expect((await t.http.delete(`/api/v1/customers/${c.id}`).auth(admin, { type: 'bearer' })).status).toBe(204);
    expect((await get(admin, `/api/v1/customers/${c.id}`)).status).toBe(404);
    const audit = await get(admin, `/api/v1/audit-logs?entityType=Customer&entityId=${c.id}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['INSERT', 'SOFT_DELETE']));
    // Deleted, the customer keeps its name in the log.
    expect(audit.body.items.map((a: { entityName: string }) => a.entityName)).toEqual(audit.body.items.map(() => c.name));
  });

  it('transfers selected customers, or all of a departing rep, with history', async () => {
    const a = await createCustomer(t, rep2.token);
    const b = await createCustomer(t, rep2.token);
    const denied = await t.http.post('/api/v1/customers/transfer').auth(rep2.token, { type: 'bearer' }).send({ customerIds: [a.id], toOwnerId: rep1.id });
    expect(denied.status).toBe(403);
    const one = await t.http.post('/api/v1/customers/transfer').auth(admin, { type: 'bearer' }).send({ customerIds: [a.id], toOwnerId: rep1.id, reason: '调岗' });
    expect(one.body).toEqual({ transferred: 1 });
    expect((await get(rep1.token, `/api/v1/customers/${a.id}`)).body).toMatchObject({ ownerId: rep1.id, departmentId: teamA });
    const history = await get(rep1.token, `/api/v1/customers/${a.id}/history`);
    expect(history.body[0]).toMatchObject({ event: 'TRANSFERRED', fromOwnerName: 'rep2', toOwnerName: 'rep1', reason: '调岗' });
    const rest = await t.http.post('/api/v1/customers/transfer').auth(admin, { type: 'bearer' }).send({ fromOwnerId: rep2.id, toOwnerId: manager.id });
    expect(rest.body.transferred).toBeGreaterThanOrEqual(1);
    expect((await get(rep2.token, '/api/v1/customers')).body.total).toBe(0);
    expect((await get(manager.token, `/api/v1/customers/${b.id}`)).body.ownerId).toBe(manager.id);
    const bad = await t.http.post('/api/v1/customers/transfer').auth(admin, { type: 'bearer' }).send({ toOwnerId: rep1.id });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('customerIds');
  });

  it('merges a duplicate: contacts and follow-ups move, the duplicate is retired with a pointer', async () => {
    const survivor = await createCustomer(t, rep1.token);
    const duplicate = await createCustomer(t, rep1.token);
    await t.http.post(`/api/v1/customers/${survivor.id}/contacts`).auth(rep1.token, { type: 'bearer' }).send({ name: '甲' });
    await t.http.post(`/api/v1/customers/${duplicate.id}/contacts`).auth(rep1.token, { type: 'bearer' }).send({ name: '乙' });
    await t.http
      .post(`/api/v1/customers/${duplicate.id}/follow-ups`)
      .auth(rep1.token, { type: 'bearer' })
      .send({ method: 'phone', occurredAt: t.clock.now().toISOString(), summary: '电话沟通', nextContactAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() })
      .expect(201);
    const merged = await t.http.post(`/api/v1/customers/${survivor.id}/merge`).auth(admin, { type: 'bearer' }).send({ duplicateId: duplicate.id });
    expect(merged.status).toBe(200);
    const contacts = await get(rep1.token, `/api/v1/customers/${survivor.id}/contacts`);
    expect(contacts.body.map((c: { name: string }) => c.name).sort()).toEqual(['乙', '甲']);
    expect(contacts.body.filter((c: { isPrimary: boolean }) => c.isPrimary)).toHaveLength(1);
    const timeline = await get(rep1.token, `/api/v1/customers/${survivor.id}/timeline`);
    expect(timeline.body.some((e: { kind: string; followUp?: { summary: string } }) => e.followUp?.summary === '电话沟通')).toBe(true);
    expect(timeline.body.some((e: { history?: { event: string } }) => e.history?.event === 'MERGED')).toBe(true);
    expect((await get(rep1.token, `/api/v1/customers/${duplicate.id}`)).status).toBe(404);
    const [{ merged_into_id }] = await t.db.query(`SELECT merged_into_id FROM customer WHERE id = $1`, [duplicate.id]);
    expect(merged_into_id).toBe(survivor.id);
    expect((await t.http.post(`/api/v1/customers/${survivor.id}/merge`).auth(admin, { type: 'bearer' }).send({ duplicateId: survivor.id })).status).toBe(409);
  });
});
