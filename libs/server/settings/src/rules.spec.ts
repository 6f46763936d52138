import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { permissionsMigrations, PermissionsModule } from '@kehu/server-permissions';
import { adminToken, createUser } from '@kehu/server-permissions/testing';
import { BUSINESS_RULES, RULE_KEYS } from './business-rules';
import { settingsMigrations } from './migrations';
import { RulesService } from './rules.service';
import { SettingsModule } from './settings.module';
import { WorkingCalendar } from './working-calendar.service';

describe('business rules and the holiday calendar', () => {
  let t: TestApp;
  let admin: string;
  let rep: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule, SettingsModule], migrations: [...permissionsMigrations, ...settingsMigrations] });
    admin = await adminToken(t);
    rep = (await createUser(t, admin, { username: 'rep', roles: ['sales_rep'] })).token;
  });
  afterAll(() => t.close());

  it('lists every rule with its default to any signed-in user', async () => {
    const res = await t.http.get('/api/v1/settings/rules').auth(rep, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.map((r: { key: string }) => r.key)).toEqual(RULE_KEYS);
    const potential = res.body.find((r: { key: string }) => r.key === 'potentialDays');
    expect(potential).toEqual({
      key: 'potentialDays',
      group: 'customer',
      type: 'integer',
      value: 30,
      defaultValue: 30,
      min: 1,
      max: 365,
      unit: 'days',
      description: BUSINESS_RULES.potentialDays.description,
      overridden: false,
      updatedAt: null,
      version: 0,
    });
    const amount = res.body.find((r: { key: string }) => r.key === 'contractApprovalAmountThreshold');
    expect(amount.value).toBe('500000.00');
    expect(res.body.find((r: { key: string }) => r.key === 'businessTimeZone').value).toBe('Asia/Shanghai');
    expect(await t.app.get(RulesService).get('potentialDays')).toBe(30);
  });

  it('the rule and dictionary lists carry an ETag: a client holding the current copy gets 304, a change gives a new one', async () => {
    for (const url of ['/api/v1/settings/rules', '/api/v1/dictionaries']) {
      const first = await t.http.get(url).auth(rep, { type: 'bearer' });
      expect(first.headers.etag).toMatch(/^W\/"[\w-]+"$/);
      const again = await t.http.get(url).auth(rep, { type: 'bearer' }).set('If-None-Match', first.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text ?? '').toBe('');
      const stale = await t.http.get(url).auth(rep, { type: 'bearer' }).set('If-None-Match', 'W/"old"');
      expect(stale.status).toBe(200);
      expect(stale.headers.etag).toBe(first.headers.etag);
    }
    const before = (await t.http.get('/api/v1/settings/rules').auth(rep, { type: 'bearer' })).headers.etag;
    await t.http.put('/api/v1/settings/rules/maxExtensions').auth(admin, { type: 'bearer' }).send({ value: 3 }).expect(200);
    const changed = await t.http.get('/api/v1/settings/rules').auth(rep, { type: 'bearer' }).set('If-None-Match', before);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(before);
    await t.http.delete('/api/v1/settings/rules/maxExtensions').auth(admin, { type: 'bearer' }).expect(200);
  });

  it('overrides a rule, visible to the next get without a restart, then resets it', async () => {
    const rules = t.app.get(RulesService);
    const set = await t.http.put('/api/v1/settings/rules/potentialDays').auth(admin, { type: 'bearer' }).send({ value: 45 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ value: 45, defaultValue: 30, overridden: true, version: 1 });
    expect(set.body.updatedAt).toBe(t.clock.now().toISOString());
    expect(await rules.get('potentialDays')).toBe(45);
    expect(await rules.getMany(['potentialDays', 'intentDays'])).toEqual({ potentialDays: 45, intentDays: 15 });

    const again = await t.http.put('/api/v1/settings/rules/potentialDays').auth(admin, { type: 'bearer' }).set('If-Match', 'W/"1"').send({ value: 60 });
    expect(again.body).toMatchObject({ value: 60, version: 2 });
    expect(await rules.get('potentialDays')).toBe(60);
    const stale = await t.http.put('/api/v1/settings/rules/potentialDays').auth(admin, { type: 'bearer' }).set('If-Match', 'W/"1"').send({ value: 61 });
    expect(stale.status).toBe(412);

    const reset = await t.http.delete('/api/v1/settings/rules/potentialDays').auth(admin, { type: 'bearer' });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ value: 30, overridden: false, version: 0 });
    expect(await rules.get('potentialDays')).toBe(30);

    const audit = await t.db.query(`SELECT action, before, after FROM audit_log WHERE entity_type = 'BusinessRule' AND entity_id = 'potentialDays' ORDER BY id`);
    expect(audit).toEqual([
      { action: 'RULE_SET', before: { value: 30 }, after: { value: 45 } },
      { action: 'RULE_SET', before: { value: 45 }, after: { value: 60 } },
      { action: 'RULE_RESET', before: { value: 60 }, after: { value: 30 } },
    ]);
  });

  it('stores decimals and booleans with their types', async () => {
    const rules = t.app.get(RulesService);
    await t.http.put('/api/v1/settings/rules/contractApprovalAmountThreshold').auth(admin, { type: 'bearer' }).send({ value: '1000000' }).expect(200);
    expect(await rules.get('contractApprovalAmountThreshold')).toBe('1000000.00');
    await t.http.put('/api/v1/settings/rules/claimNeedsReview').auth(admin, { type: 'bearer' }).send({ value: true }).expect(200);
    expect(await rules.get('claimNeedsReview')).toBe(true);
    expect(await rules.slaHoursFor('on_site')).toBe(48);
    expect(await rules.slaHoursFor('custom-type')).toBe(72);
  });

  it('refuses out-of-range or mistyped values with a 400 naming `value`', async () => {
    for (const [key, value] of [
      ['potentialDays', 0],
      ['potentialDays', 400],
      ['potentialDays', 'thirty'],
      ['claimNeedsReview', 'yes'],
      ['contractApprovalDiscountThreshold', '120'],
      ['businessTimeZone', 'Nowhere/Town'],
      // Aging buckets must stay ordered: bucket 1 (30) may not reach bucket 2 (60).
      ['overdueAgingBucket1Days', 60],
    ] as const) {
      const res = await t.http.put(`/api/v1/settings/rules/${key}`).auth(admin, { type: 'bearer' }).send({ value });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('value');
    }
    const missing = await violatesContract(t.http.put('/api/v1/settings/rules/potentialDays')).auth(admin, { type: 'bearer' }).send({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('value');
    expect((await t.http.put('/api/v1/settings/rules/noSuchRule').auth(admin, { type: 'bearer' }).send({ value: 1 })).status).toBe(404);
    expect((await t.http.put('/api/v1/settings/rules/potentialDays').auth(rep, { type: 'bearer' }).send({ value: 40 })).status).toBe(403);
    expect(await t.app.get(RulesService).get('potentialDays')).toBe(30);
  });

  it('keeps a holiday calendar with make-up workdays that working-day arithmetic follows', async () => {
    const calendar = t.app.get(WorkingCalendar);
    // Friday 2026-12-25 10:00 Shanghai.
    const friday = new Date('2026-12-25T02:00:00Z');
    expect((await calendar.addWorkingDays(friday, 1)).toISOString()).toBe('2026-12-28T02:00:00.000Z');

    for (const holiday of [
      { date: '2026-12-28', name: '公司年会' },
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-01-02', name: '元旦调休', isWorkday: true },
    ]) {
      const res = await t.http.post('/api/v1/settings/holidays').auth(admin, { type: 'bearer' }).send(holiday);
      expect(res.status).toBe(201);
    }
    // Weekend skipped, Monday 12-28 a holiday → Tuesday.
    expect((await calendar.addWorkingDays(friday, 1)).toISOString()).toBe('2026-12-29T02:00:00.000Z');
    // Tue 29, Wed 30, Thu 31, (Fri 1 Jan off), Sat 2 Jan worked.
    expect((await calendar.addWorkingDays(friday, 4)).toISOString()).toBe('2027-01-02T02:00:00.000Z');
    expect((await calendar.addWorkingDays(friday, 5)).toISOString()).toBe('2027-01-04T02:00:00.000Z');
    expect(await calendar.isWorkingDay(new Date('2027-01-02T02:00:00Z'))).toBe(true);

    const list = await t.http.get('/api/v1/settings/holidays?year=2027').auth(rep, { type: 'bearer' });
    expect(list.body).toEqual([
      expect.objectContaining({ date: '2027-01-01', name: '元旦', isWorkday: false }),
      expect.objectContaining({ date: '2027-01-02', name: '元旦调休', isWorkday: true }),
    ]);
    const dup = await t.http.post('/api/v1/settings/holidays').auth(admin, { type: 'bearer' }).send({ date: '2027-01-01', name: 'x' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('date');
    const bad = await violatesContract(t.http.post('/api/v1/settings/holidays')).auth(admin, { type: 'bearer' }).send({ date: '2027-02-30', name: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('date');
    expect((await t.http.post('/api/v1/settings/holidays').auth(rep, { type: 'bearer' }).send({ date: '2027-05-01', name: '劳动节' })).status).toBe(403);

    expect((await t.http.delete('/api/v1/settings/holidays/2026-12-28').auth(admin, { type: 'bearer' })).status).toBe(204);
    expect((await t.http.delete('/api/v1/settings/holidays/2026-12-28').auth(admin, { type: 'bearer' })).status).toBe(404);
    expect((await calendar.addWorkingDays(friday, 1)).toISOString()).toBe('2026-12-28T02:00:00.000Z');
  });
});
