import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { CustomerPinyinPrefixes1764002100000 } from '../migrations/1764002100000-customer-pinyin-prefixes';
import { MAX_PINYIN_SPELLINGS, pinyinKeys, pinyinPrefixMatch, pinyinPrefixQuery } from './pinyin-keys';
import { CustomerStore } from '../storage/customer-store';
import { addContact, createCustomer } from '../testing/customer-fixtures';

describe('pinyin keys', () => {
  it('are the full pinyin and the initials of the name as its words read it, from every syllable on', () => {
    expect(pinyinKeys('金坛暖通设备').split(' ').sort()).toEqual(
      ['jintannuantongshebei', 'tannuantongshebei', 'nuantongshebei', 'tongshebei', 'shebei', 'bei', 'jtntsb', 'tntsb', 'ntsb', 'tsb'].sort(),
    );
    expect(pinyinKeys('金坛暖通', null, undefined)).toContain('jtnt');
    // The short name's keys join the name's (most are the same keys: a short name is the name's tail).
    expect(pinyinKeys('江苏金坛暖通', '金坛暖通').split(' ')).toEqual(expect.arrayContaining(['jiangsujintannuantong', 'jintannuantong', 'jsjtnt', 'jtnt']));
    // Shorter than any query (three letters): never stored.
    expect(pinyinKeys('金坛暖通').split(' ')).not.toContain('nt');
  });

  it('read polyphonic characters as their words do, and keep the other readings too', () => {
    const keys = pinyinKeys('重庆长安机械').split(' ');
    expect(keys).toEqual(expect.arrayContaining(['chongqingchanganjixie', 'cqcajx', 'changanjixie', 'cajx']));
    // 重 is also zhong, 长 also zhang: a rep who types either reading from the name's start finds the company.
    expect(keys).toEqual(expect.arrayContaining(['zhongqingchanganjixie', 'chongqingzhanganjixie', 'zqcajx']));
    // Other readings are keyed from the start only: from every syllable they would multiply the index.
    expect(keys.filter((k) => k.startsWith('zhanganjixie'))).toEqual([]);
  });

  it('keep Latin and digit runs whole, write ü as v, and are empty for names without Chinese', () => {
    expect(pinyinKeys('ABC绿能3号').split(' ')).toEqual(expect.arrayContaining(['abclvneng3hao', 'abcln3h', 'lvneng3hao', 'ln3h']));
    expect(pinyinKeys('Silverwave Trading Ltd.')).toBe('');
    expect(pinyinKeys('')).toBe('');
  });

  it('bound the spellings of a name full of polyphonic characters', () => {
    const keys = pinyinKeys('长重行乐长重行乐长重行乐').split(' ');
    // Two keys (full, initials) from each of the 12 syllables of the first spelling, and two from the start of each other.
    expect(keys.length).toBeLessThanOrEqual(2 * 12 + 2 * (MAX_PINYIN_SPELLINGS - 1));
    expect(keys.filter((k) => k.length === 12 && !/[aeiouv]/.test(k)).length).toBeLessThanOrEqual(MAX_PINYIN_SPELLINGS);
  });

  it('are searched only by queries of three or more letters, as a prefix, case and spaces ignored', () => {
    expect(pinyinPrefixQuery('JTNT')).toBe('jtnt');
    expect(pinyinPrefixQuery('Jin Tan')).toBe('jintan');
    expect(pinyinPrefixQuery('jt')).toBeNull();
    expect(pinyinPrefixQuery('金坛')).toBeNull();
    expect(pinyinPrefixQuery('0519-8288')).toBeNull();
    expect(pinyinPrefixQuery('abc1')).toBeNull();
  });

  it('are not searched by one syllable or the start of one, too wide to be an answer', () => {
    for (const q of ['zhu', 'zhua', 'wang', 'Zhang', 'xian']) expect({ q, query: pinyinPrefixQuery(q) }).toEqual({ q, query: null });
    for (const q of ['zhuh', 'wangj', 'jtn', 'xianz']) expect({ q, query: pinyinPrefixQuery(q) }).toEqual({ q, query: q.toLowerCase() });
  });
});

describe('pinyin search (issue 19, item 7)', () => {
  let t: TestApp;
  let admin: string;
  let jintan: { id: string };
  let chongqing: { id: string };
  let chunyi: { id: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    jintan = await createCustomer(t, admin, { name: '金坛暖通设备有限公司' });
    chongqing = await createCustomer(t, admin, { name: '重庆长安机械有限公司', shortName: '长安机械' });
    chunyi = await createCustomer(t, admin, { name: '靖江市春意空调有限公司' });
    await addContact(t, admin, chunyi.id, { name: '欧阳建国' });
  });
  afterAll(() => t.close());

  const search = async (q: string) => {
    const res = await t.http.get(`/api/v1/customers?q=${encodeURIComponent(q)}`).auth(admin, { type: 'bearer' });
    expect(res.status).toBe(200);
    return (res.body.items as Array<{ id: string }>).map((c) => c.id);
  };
  const hints = async (q: string) => {
    const res = await t.http.get(`/api/v1/customers/duplicates?q=${encodeURIComponent(q)}`).auth(admin, { type: 'bearer' });
    expect(res.status).toBe(200);
    return res.body as Array<{ id: string; name: string; matchedOn: string[] }>;
  };

  it('finds a customer by full pinyin and by initials in the list search, in any case and spacing', async () => {
    // Longer than the 12 letters the index keeps of a key: found by those, checked against the whole key.
    for (const q of ['jintan', 'JINTAN', 'Jin Tan', 'jinta', 'jintannuantong', 'jtnt', 'JTNT', 'nuantong', 'ntsb', 'jintannuantongshebei']) {
      expect({ q, ids: await search(q) }).toEqual({ q, ids: [jintan.id] });
    }
  });

  it('matches from the start of a syllable, not inside one, and not the legal form', async () => {
    // `intan` is inside jin·tan; `youxian` is the legal form every company has.
    for (const q of ['intan', 'uantong', 'youxiangongsi', 'gongsi']) expect({ q, ids: await search(q) }).toEqual({ q, ids: [] });
    // The first 12 letters match (jintannuanto…), the whole key does not.
    expect(await search('jintannuantongxxx')).toEqual([]);
  });

  it('finds polyphonic names by either reading, and by the short name', async () => {
    expect(await search('chongqing')).toEqual([chongqing.id]);
    expect(await search('zhongqing')).toEqual([chongqing.id]);
    expect(await search('cqca')).toEqual([chongqing.id]);
    expect(await search('changanjixie')).toEqual([chongqing.id]);
  });

  it('finds a customer by its contact’s name in pinyin', async () => {
    expect(await search('ouyangjianguo')).toEqual([chunyi.id]);
    expect(await search('oyjg')).toEqual([chunyi.id]);
  });

  it('offers pinyin matches as duplicate hints', async () => {
    expect((await hints('jintan')).map((h) => [h.id, h.matchedOn])).toEqual([[jintan.id, ['name']]]);
    expect((await hints('JTNT')).map((h) => h.name)).toEqual(['金坛暖通设备有限公司']);
    expect((await hints('zhongqingchangan')).map((h) => h.name)).toEqual(['重庆长安机械有限公司']);
  });

  it('follows renames of customers and contacts', async () => {
    const renamed = await createCustomer(t, admin, { name: '常州市武进电机有限公司' });
    expect(await search('wujin')).toEqual([renamed.id]);
    const current = await t.http.get(`/api/v1/customers/${renamed.id}`).auth(admin, { type: 'bearer' });
    const patch = await t.http
      .patch(`/api/v1/customers/${renamed.id}`)
      .auth(admin, { type: 'bearer' })
      .set('If-Match', current.headers['etag'])
      .send({ name: '常州市溧阳电机有限公司' });
    expect(patch.status).toBe(200);
    expect(await search('wujin')).toEqual([]);
    expect(await search('liyang')).toEqual([renamed.id]);

    const contact = await addContact(t, admin, renamed.id, { name: '司马光明', mobile: '13912345678' });
    expect(await search('simaguangming')).toEqual([renamed.id]);
    const edit = await t.http
      .patch(`/api/v1/customers/${renamed.id}/contacts/${contact.id}`)
      .auth(admin, { type: 'bearer' })
      .send({ name: '诸葛明亮', version: contact.version });
    expect(edit.status).toBe(200);
    expect(await search('simaguangming')).toEqual([]);
    expect(await search('zgml')).toEqual([renamed.id]);
  });

  it('uses the prefix indexes of the keys', async () => {
    // A test database is tiny: a few thousand contacts and no sequential scan make the planner choose as at scale.
    await t.db.query(
      `INSERT INTO contact (customer_id, name, name_pinyin) SELECT $1, '联系人' || i, 'lianxiren' || i || ' lxr' || i FROM generate_series(1, 3000) AS i`,
      [chunyi.id],
    );
    // VACUUM also moves the new rows out of the GIN index's pending list, which the planner prices as a scan.
    await t.db.query('VACUUM ANALYZE contact');
    await t.db.query('SET enable_seqscan = off');
    try {
      const [{ 'QUERY PLAN': plan }] = await t.db.query(
        `EXPLAIN (FORMAT JSON) SELECT id FROM customer_profile WHERE ${pinyinPrefixMatch('pinyin_keys', "'jtnt'")}`,
      );
      expect(JSON.stringify(plan)).toContain('customer_pinyin_prefix_idx');
      const [{ 'QUERY PLAN': contactPlan }] = await t.db.query(
        `EXPLAIN (FORMAT JSON) SELECT customer_id FROM contact WHERE ${pinyinPrefixMatch('name_pinyin', "'oyjg'")} AND deleted_at IS NULL`,
      );
      expect(JSON.stringify(contactPlan)).toContain('contact_name_pinyin_prefix_idx');
    } finally {
      await t.db.query('RESET enable_seqscan');
      await t.db.query(`DELETE FROM contact WHERE name LIKE '联系人%'`);
    }
  });

  it('rewrites the keys written before prefix search (the whole-name keys of migration 1764001100000)', async () => {
    const runner = t.db.createQueryRunner();
    const migration = new CustomerPinyinPrefixes1764002100000();
    try {
      await migration.down(runner);
      const [id] = await CustomerStore.insertRows(
        runner,
        ['code', 'name', 'normalized_name', 'search_text', 'name_bigrams', 'industry', 'address', 'phone', 'description', 'status', 'pinyin_keys'],
        `VALUES ('BF1', '溧水蓝天环保有限公司', '溧水蓝天环保', '溧水蓝天环保 bf1', ARRAY['溧水'], 'it', '地址', '025-57210000', '旧数据', 'POOL',
                 'lishuilantianhuanbaoyouxiangongsi lslthbyxgs')`,
      );
      await runner.query(`INSERT INTO contact (customer_id, name, name_pinyin) VALUES ($1, '慕容秋水', 'murongqiushui mrqs')`, [id]);
      await migration.up(runner);
      const [profile] = await runner.query(`SELECT pinyin_keys FROM customer_profile WHERE id = $1`, [id]);
      expect(profile.pinyin_keys.split(' ')).toEqual(expect.arrayContaining(['lishuilantianhuanbao', 'lantianhuanbao', 'lslthb', 'lthb']));
      expect(profile.pinyin_keys).not.toContain('gongsi');
      expect(await search('lantian')).toEqual([id]);
      expect(await search('qiushui')).toEqual([id]);
      // The keys of customers entered through the application survive the round trip.
      expect(await search('jtnt')).toEqual([jintan.id]);
    } finally {
      await runner.release();
    }
  });
});
