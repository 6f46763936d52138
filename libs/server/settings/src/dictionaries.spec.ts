import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { DatabaseNotifications } from '@kehu/server-core';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { permissionsMigrations, PermissionsModule } from '@kehu/server-permissions';
import { adminToken, createUser } from '@kehu/server-permissions/testing';
import type { EntityManager } from 'typeorm';
import { DictionariesService } from './dictionaries.service';
import { DictionaryCode } from './dictionary-seed';
import { DictionaryUsageChecker, DictionaryUsageRegistry } from './dictionary-usage';
import { settingsMigrations } from './migrations';
import { SettingsModule } from './settings.module';
import { SettingsSeeder } from './settings.seeder';

/** A stand-in domain that uses the industry item `it`, registered the way real domains do. */
@Injectable()
class FakeCustomerUsage implements DictionaryUsageChecker, OnModuleInit {
  readonly typeCodes = ['industry'];
  constructor(private readonly registry: DictionaryUsageRegistry) {}
  onModuleInit(): void {
    this.registry.register(this);
  }
  async findUsage(_: EntityManager, __: string, itemCode: string): Promise<string | null> {
    return itemCode === 'quantum' ? '3 customers' : null;
  }
}

@Module({ providers: [FakeCustomerUsage] })
class FakeCustomerModule {}

describe('data dictionary', () => {
  let t: TestApp;
  let admin: string;
  let rep: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, FakeCustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations],
    });
    admin = await adminToken(t);
    rep = (await createUser(t, admin, { username: 'rep', roles: ['sales_rep'] })).token;
  });
  afterAll(() => t.close());

  const items = async (code: string) =>
    (await t.http.get(`/api/v1/dictionaries/${code}`).auth(admin, { type: 'bearer' })).body.items as Array<Record<string, unknown>>;
  const item = async (list: string, code: string) => {
    const found = (await items(list)).find((i) => i.code === code);
    if (!found) throw new Error(`no ${list}/${code}`);
    return found;
  };

  it('ships the seeded lists in Chinese and English to any signed-in user', async () => {
    const res = await t.http.get('/api/v1/dictionaries').auth(rep, { type: 'bearer' });
    expect(res.status).toBe(200);
    const codes = res.body.map((d: { code: string }) => d.code);
    for (const code of Object.values(DictionaryCode)) expect(codes).toContain(code);
    const level = res.body.find((d: { code: string }) => d.code === 'customer-level');
    expect(level).toMatchObject({ name: '客户级别', nameEn: 'Customer level' });
    expect(level.items.map((i: { label: string }) => i.label)).toEqual(['普通客户', '重点开发客户', '大客户', '合作伙伴', '战略合作伙伴']);
    const result = await items('follow-up-result');
    expect(result[0]).toMatchObject({ code: 'A', label: '商谈成功', labelEn: 'Deal agreed', enabled: true, builtIn: true });
    expect((await items('service-type')).map((i) => i.label)).toEqual(['咨询', '建议', '投诉', '上门', '送修', '寄修', '退换货', '有偿服务']);
    expect((await items('legal-form')).map((i) => i.label)).toEqual(expect.arrayContaining(['有限公司', '股份有限公司', 'Co., Ltd.']));
    expect((await t.http.get('/api/v1/dictionaries/no-such-list').auth(rep, { type: 'bearer' })).status).toBe(404);
    expect((await t.http.get('/api/v1/dictionaries')).status).toBe(401);
  });

  it('seeding again adds nothing and keeps admin edits', async () => {
    const beforeCount = (await items('industry')).length;
    const it = await item('industry', 'it');
    await t.http.patch(`/api/v1/dictionaries/industry/items/${it.id}`).auth(admin, { type: 'bearer' }).send({ label: '信息技术服务' }).expect(200);
    expect(await t.app.get(SettingsSeeder).seedDictionaries()).toEqual({ types: 0, items: 0 });
    const after = await items('industry');
    expect(after).toHaveLength(beforeCount);
    expect(after.find((i) => i.code === 'it')?.label).toBe('信息技术服务');
  });

  it('adds, edits and disables an item; a duplicate code is a 409 naming `code`', async () => {
    const created = await t.http
      .post('/api/v1/dictionaries/customer-source/items')
      .auth(admin, { type: 'bearer' })
      .send({ code: 'trade_fair', label: '行业展会', labelEn: 'Trade fair' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'trade_fair', label: '行业展会', labelEn: 'Trade fair', enabled: true, builtIn: false, version: 1 });
    const list = await items('customer-source');
    expect(list[list.length - 1].code).toBe('trade_fair');

    const dup = await t.http.post('/api/v1/dictionaries/customer-source/items').auth(admin, { type: 'bearer' }).send({ code: 'trade_fair', label: 'x' });
    expect(dup.status).toBe(409);
    expect(dup.body.type).toBe('https://kehu.dev/problems/dictionary-item-code-taken');
    expect(dup.body.errors[0].field).toBe('code');
    // The same code in another list is fine.
    expect((await t.http.post('/api/v1/dictionaries/industry/items').auth(admin, { type: 'bearer' }).send({ code: 'trade_fair', label: '会展' })).status).toBe(201);

    const id = created.body.id;
    const edited = await t.http
      .patch(`/api/v1/dictionaries/customer-source/items/${id}`)
      .auth(admin, { type: 'bearer' })
      .set('If-Match', 'W/"1"')
      .send({ label: '展销会', sortOrder: 5 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ label: '展销会', sortOrder: 5, version: 2 });
    expect((await items('customer-source'))[0].code).toBe('trade_fair');

    const stale = await t.http.patch(`/api/v1/dictionaries/customer-source/items/${id}`).auth(admin, { type: 'bearer' }).set('If-Match', 'W/"1"').send({ enabled: false });
    expect(stale.status).toBe(412);
    const disabled = await t.http.patch(`/api/v1/dictionaries/customer-source/items/${id}`).auth(admin, { type: 'bearer' }).send({ enabled: false });
    expect(disabled.body.enabled).toBe(false);
    const forms = await t.http.get('/api/v1/dictionaries/customer-source?enabledOnly=true').auth(rep, { type: 'bearer' });
    expect(forms.body.items.map((i: { code: string }) => i.code)).not.toContain('trade_fair');

    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'DictionaryItem' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['INSERT', 'UPDATE', 'UPDATE']);
  });

  it('validates input and permissions', async () => {
    const bad = await t.http.post('/api/v1/dictionaries/industry/items').auth(admin, { type: 'bearer' }).send({ code: 'has space', label: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['code', 'label']));
    const nullLabel = await violatesContract(t.http.patch(`/api/v1/dictionaries/industry/items/${(await items('industry'))[0].id}`))
      .auth(admin, { type: 'bearer' })
      .send({ label: null });
    expect(nullLabel.status).toBe(400);
    expect(nullLabel.body.errors[0].field).toBe('label');
    const forbidden = await t.http.post('/api/v1/dictionaries/industry/items').auth(rep, { type: 'bearer' }).send({ code: 'x', label: 'x' });
    expect(forbidden.status).toBe(403);
    const badId = await t.http.patch('/api/v1/dictionaries/industry/items/not-a-uuid').auth(admin, { type: 'bearer' }).send({ label: 'x' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].field).toBe('id');
    const wrongList = (await items('industry'))[0].id;
    expect((await t.http.patch(`/api/v1/dictionaries/region/items/${wrongList}`).auth(admin, { type: 'bearer' }).send({ label: 'x' })).status).toBe(404);
  });

  it('refuses to delete a built-in item or one in use (409), deletes an unused custom item', async () => {
    const builtIn = await item('industry', 'it');
    const refused = await t.http.delete(`/api/v1/dictionaries/industry/items/${builtIn.id}`).auth(admin, { type: 'bearer' });
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('https://kehu.dev/problems/dictionary-item-built-in');

    const used = await t.http.post('/api/v1/dictionaries/industry/items').auth(admin, { type: 'bearer' }).send({ code: 'quantum', label: '量子计算' });
    const inUse = await t.http.delete(`/api/v1/dictionaries/industry/items/${used.body.id}`).auth(admin, { type: 'bearer' });
    expect(inUse.status).toBe(409);
    expect(inUse.body.type).toBe('https://kehu.dev/problems/dictionary-item-in-use');
    expect(inUse.body.usages).toEqual(['3 customers']);

    const unused = await t.http.post('/api/v1/dictionaries/industry/items').auth(admin, { type: 'bearer' }).send({ code: 'space', label: '航天' });
    expect((await t.http.delete(`/api/v1/dictionaries/industry/items/${unused.body.id}`).auth(admin, { type: 'bearer' })).status).toBe(204);
    expect((await items('industry')).map((i) => i.code)).not.toContain('space');
    // Soft-deleted: the row stays, and the code may be used again.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM dictionary_item WHERE code = 'space' AND deleted_at IS NOT NULL`);
    expect(n).toBe(1);
    expect((await t.http.post('/api/v1/dictionaries/industry/items').auth(admin, { type: 'bearer' }).send({ code: 'space', label: '航天' })).status).toBe(201);
  });

  it('assertValid accepts enabled items and rejects unknown or disabled ones naming the field', async () => {
    const dictionaries = t.app.get(DictionariesService);
    await expect(dictionaries.assertValid('industry', 'hvac', 'industry')).resolves.toBeUndefined();
    await expect(dictionaries.assertValid('industry', null, 'industry')).resolves.toBeUndefined();
    await expect(dictionaries.assertValid('industry', 'nope', 'industry')).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'industry', code: 'isDictionaryItem' })],
    });
    const hvac = await item('industry', 'hvac');
    await t.http.patch(`/api/v1/dictionaries/industry/items/${hvac.id}`).auth(admin, { type: 'bearer' }).send({ enabled: false }).expect(200);
    await expect(dictionaries.assertValid('industry', 'hvac', 'customer.industry')).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'customer.industry', code: 'isEnabledDictionaryItem' })],
    });
    // Lists are cached per replica; a change made outside this process (another replica, a script)
    // arrives as a database notification, which empties the cache before any later handler runs.
    let notified!: () => void;
    const arrived = new Promise<void>((resolve) => (notified = resolve));
    await t.app.get(DatabaseNotifications).subscribe('kehu_dictionaries', () => notified());
    await t.db.query(`UPDATE dictionary_item SET enabled = true WHERE type_code = 'industry' AND code = 'hvac'`);
    await arrived;
    await expect(dictionaries.assertValid('industry', 'hvac', 'industry')).resolves.toBeUndefined();
  });
});
