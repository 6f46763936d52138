import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { endOfBusinessDay } from './follow-ups.service';
import { customerMigrations } from '../migrations';
import { createCustomer } from '../testing/customer-fixtures';

describe('contacts, follow-ups and reminders', () => {
  let t: TestApp;
  let admin: string;
  let rep: { id: string; token: string };
  let other: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    // Monday 2026-11-23 09:00 in Shanghai.
    t.clock.set('2026-11-23T01:00:00Z');
    admin = await adminToken(t);
    rep = await createUser(t, admin, { username: 'rep', roles: ['sales_rep'] });
    other = await createUser(t, admin, { username: 'other', roles: ['sales_rep'] });
  });
  afterAll(() => t.close());

  it('keeps exactly one primary contact and finds contacts across my customers', async () => {
    const c = await createCustomer(t, rep.token);
    const first = await t.http.post(`/api/v1/customers/${c.id}/contacts`).auth(rep.token, { type: 'bearer' }).send({ name: '王建国', mobile: '13800138000', title: '采购经理' });
    expect(first.status).toBe(201);
    expect(first.body.isPrimary).toBe(true);
    const second = await t.http.post(`/api/v1/customers/${c.id}/contacts`).auth(rep.token, { type: 'bearer' }).send({ name: '李娜', isPrimary: true });
    expect(second.body.isPrimary).toBe(true);
    const list = await t.http.get(`/api/v1/customers/${c.id}/contacts`).auth(rep.token, { type: 'bearer' });
    expect(list.body.map((x: { name: string; isPrimary: boolean }) => [x.name, x.isPrimary])).toEqual([
      ['李娜', true],
      ['王建国', false],
    ]);
    // Moving the primary flag changed the first contact, so its version moved on.
    const current = list.body.find((x: { id: string }) => x.id === first.body.id);
    expect((await t.http.patch(`/api/v1/customers/${c.id}/contacts/${first.body.id}`).auth(rep.token, { type: 'bearer' }).set('If-Match', 'W/"1"').send({ title: 'x' })).status).toBe(412);
    const edit = await t.http.patch(`/api/v1/customers/${c.id}/contacts/${first.body.id}`).auth(rep.token, { type: 'bearer' }).set('If-Match', `W/"${current.version}"`).send({ title: '总经理' });
    expect(edit.status).toBe(200);
    expect(edit.body.title).toBe('总经理');
    const byName = await t.http.get(`/api/v1/contacts?q=${encodeURIComponent('王建')}`).auth(rep.token, { type: 'bearer' });
    expect(byName.body.items.map((x: { name: string; customerName: string }) => [x.name, x.customerName])).toEqual([['王建国', c.name]]);
    expect((await t.http.get('/api/v1/contacts?q=1380013').auth(rep.token, { type: 'bearer' })).body.total).toBe(1);
    // Another rep neither lists nor reaches them.
    expect((await t.http.get(`/api/v1/contacts?q=${encodeURIComponent('王建')}`).auth(other.token, { type: 'bearer' })).body.total).toBe(0);
    expect((await t.http.post(`/api/v1/customers/${c.id}/contacts`).auth(other.token, { type: 'bearer' }).send({ name: 'x' })).status).toBe(404);
    const bad = await violatesContract(t.http.post(`/api/v1/customers/${c.id}/contacts`))
      .auth(rep.token, { type: 'bearer' })
      .send({ name: '', mobile: 'call me', birthday: '1990-13-45' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['name', 'mobile', 'birthday']));
    expect((await t.http.delete(`/api/v1/customers/${c.id}/contacts/${second.body.id}`).auth(rep.token, { type: 'bearer' })).status).toBe(204);
  });

  it('records a follow-up, moving last and next contact time in the same transaction', async () => {
    const c = await createCustomer(t, rep.token);
    const contacts = await t.http.post(`/api/v1/customers/${c.id}/contacts`).auth(rep.token, { type: 'bearer' }).send({ name: '张三' });
    const res = await t.http.post(`/api/v1/customers/${c.id}/follow-ups`).auth(rep.token, { type: 'bearer' }).send({
      method: 'visit',
      occurredAt: '2026-11-23T02:00:00Z',
      place: '客户会议室',
      summary: '介绍方案',
      details: '客户关注交期',
      result: 'B',
      contactId: contacts.body.id,
      nextContactAt: '2026-11-25T02:00:00Z',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contactName: '张三', ownerName: 'rep', result: 'B', customerName: c.name });
    const after = await t.http.get(`/api/v1/customers/${c.id}`).auth(rep.token, { type: 'bearer' });
    expect(after.body).toMatchObject({ lastContactAt: '2026-11-23T02:00:00.000Z', nextContactAt: '2026-11-25T02:00:00.000Z', version: c.version });
    // An older follow-up entered late does not move the contact times back.
    await t.http
      .post(`/api/v1/customers/${c.id}/follow-ups`)
      .auth(rep.token, { type: 'bearer' })
      .send({ method: 'phone', occurredAt: '2026-11-20T02:00:00Z', summary: '补录', nextContactAt: '2026-11-21T02:00:00Z' })
      .expect(201);
    expect((await t.http.get(`/api/v1/customers/${c.id}`).auth(rep.token, { type: 'bearer' })).body.nextContactAt).toBe('2026-11-25T02:00:00.000Z');
    const timeline = await t.http.get(`/api/v1/customers/${c.id}/timeline`).auth(rep.token, { type: 'bearer' });
    expect(timeline.body.map((e: { kind: string }) => e.kind)).toEqual(['follow-up', 'history', 'follow-up']);
    const bad = await violatesContract(t.http.post(`/api/v1/customers/${c.id}/follow-ups`)).auth(rep.token, { type: 'bearer' }).send({
      method: 'telepathy',
      occurredAt: 'tomorrow',
      summary: '',
      result: 'Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['occurredAt', 'summary']));
    const badCodes = await t.http.post(`/api/v1/customers/${c.id}/follow-ups`).auth(rep.token, { type: 'bearer' }).send({ method: 'telepathy', occurredAt: '2026-11-23T02:00:00Z', summary: 's' });
    expect(badCodes.body.errors[0].field).toBe('method');
    const backwards = await t.http
      .post(`/api/v1/customers/${c.id}/follow-ups`)
      .auth(rep.token, { type: 'bearer' })
      .send({ method: 'phone', occurredAt: '2026-11-23T02:00:00Z', summary: 's', nextContactAt: '2026-11-22T02:00:00Z' });
    expect(backwards.body.errors[0].field).toBe('nextContactAt');
    // Seed 004: a follow-up names the next contact time (rule followUpRequiresNextContact, on by default).
    const withoutNext = await t.http.post(`/api/v1/customers/${c.id}/follow-ups`).auth(rep.token, { type: 'bearer' }).send({ method: 'phone', occurredAt: '2026-11-23T03:00:00Z', summary: 's' });
    expect(withoutNext.status).toBe(400);
    expect(withoutNext.body.errors).toEqual([expect.objectContaining({ field: 'nextContactAt', code: 'required' })]);
    // Nothing half-written: the rejected follow-ups left no rows.
    expect((await t.http.get(`/api/v1/customers/${c.id}/follow-ups`).auth(rep.token, { type: 'bearer' })).body).toHaveLength(2);
  });

  it('reminds the owner on the day, keeps overdue ones until a later follow-up, and filters by overdue', async () => {
    const c = await createCustomer(t, rep.token, { name: '常州市晨光机械有限公司' });
    await t.http.post(`/api/v1/customers/${c.id}/follow-ups`).auth(rep.token, { type: 'bearer' }).send({
      method: 'phone',
      occurredAt: '2026-11-23T01:30:00Z',
      summary: '约定周三回访',
      nextContactAt: '2026-11-25T06:00:00Z',
    });
    const titles = async (token: string) => (await t.http.get('/api/v1/reminders').auth(token, { type: 'bearer' })).body;
    expect((await titles(rep.token)).items.map((r: { title: string }) => r.title)).not.toContain('常州市晨光机械有限公司');
    // Wednesday morning, Shanghai: due today, not yet overdue.
    t.clock.set('2026-11-25T01:00:00Z');
    let token = (await t.http.post('/api/v1/auth/login').send({ username: 'rep', password: 'Passw0rd-test' })).body.accessToken;
    let reminders = await titles(token);
    const due = reminders.items.find((r: { title: string }) => r.title === '常州市晨光机械有限公司');
    expect(due).toMatchObject({ kind: 'follow-up', subjectId: c.id, overdue: false, detail: '约定周三回访' });
    expect(reminders.counts.byKind['follow-up']).toBeGreaterThanOrEqual(1);
    // Friday: still there, now overdue.
    t.clock.set('2026-11-27T01:00:00Z');
    token = (await t.http.post('/api/v1/auth/login').send({ username: 'rep', password: 'Passw0rd-test' })).body.accessToken;
    reminders = await titles(token);
    expect(reminders.items.find((r: { title: string }) => r.title === '常州市晨光机械有限公司')).toMatchObject({ overdue: true });
    expect(reminders.counts.overdue).toBeGreaterThanOrEqual(1);
    const overdueList = await t.http.get('/api/v1/customers?hasOverdueReminder=true').auth(token, { type: 'bearer' });
    expect(overdueList.body.items.map((x: { id: string }) => x.id)).toContain(c.id);
    // The other rep has no such reminder.
    const otherToken = (await t.http.post('/api/v1/auth/login').send({ username: 'other', password: 'Passw0rd-test' })).body.accessToken;
    expect((await titles(otherToken)).items.map((r: { title: string }) => r.title)).not.toContain('常州市晨光机械有限公司');
    // With the rule off a later follow-up may leave the next date out, which clears the reminder.
    const adminNow = await adminToken(t);
    await t.http.put('/api/v1/settings/rules/followUpRequiresNextContact').auth(adminNow, { type: 'bearer' }).send({ value: false }).expect(200);
    await t.http.post(`/api/v1/customers/${c.id}/follow-ups`).auth(token, { type: 'bearer' }).send({ method: 'phone', occurredAt: '2026-11-27T01:00:00Z', summary: '已回访' }).expect(201);
    expect((await titles(token)).items.map((r: { title: string }) => r.title)).not.toContain('常州市晨光机械有限公司');
    await t.http.delete('/api/v1/settings/rules/followUpRequiresNextContact').auth(adminNow, { type: 'bearer' }).expect(200);
  });

  it('computes the end of the business day in the business time zone', () => {
    expect(endOfBusinessDay(new Date('2026-11-23T17:00:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(endOfBusinessDay(new Date('2026-11-23T15:00:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(endOfBusinessDay(new Date('2026-11-23T15:00:00Z'), 'UTC').toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });
});
