import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { approvalMigrations } from '@kehu/server-approval';
import { createTestApp, SAMPLE_FILES, TestApp } from '@kehu/server-core/testing';
import { PermissionsModule, permissionsMigrations } from '@kehu/server-permissions';
import { adminToken, createDepartment, createUser } from '@kehu/server-permissions/testing';
import { SettingsModule, settingsMigrations } from '@kehu/server-settings';
import { CustomerModule } from '../customer.module';
import { customerMigrations } from '../migrations';
import { createCustomer } from '../testing/customer-fixtures';

/** Reads a file answer whole as bytes; a problem+json answer as JSON. */
const binary = (res: import('supertest').Response, done: (error: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => {
    const bytes = Buffer.concat(chunks);
    done(null, /json/.test(String(res.headers['content-type'])) ? JSON.parse(bytes.toString('utf8')) : bytes);
  });
};

describe('customer documents 文档管理', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: string;
  let rep: { id: string; token: string };
  let other: { id: string; token: string };
  let customerId: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kehu-documents-'));
    t = await createTestApp({
      imports: [PermissionsModule, SettingsModule, CustomerModule],
      migrations: [...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations],
      config: { dataDir },
    });
    admin = await adminToken(t);
    const east = await createDepartment(t, admin, '华东销售部');
    const north = await createDepartment(t, admin, '华北销售部');
    rep = await createUser(t, admin, { username: 'doc_rep', roles: ['sales_rep'], departmentId: east, displayName: '张伟' });
    other = await createUser(t, admin, { username: 'doc_other', roles: ['sales_rep'], departmentId: north });
    customerId = (await createCustomer(t, rep.token)).id;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = (token: string, id: string, content: Buffer, name: string, note?: string) => {
    const req = t.http.post(`/api/v1/customers/${id}/documents`).auth(token, { type: 'bearer' }).attach('file', content, name);
    return note === undefined ? req : req.field('note', note);
  };
  const download = (token: string, id: string, documentId: string) =>
    t.http.get(`/api/v1/customers/${id}/documents/${documentId}`).auth(token, { type: 'bearer' }).buffer(true).parse(binary);
  const audit = (entityId: string) =>
    t.db.query(`SELECT action, entity_type, actor_id, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);

  it('files a PDF with a Chinese name, lists it, serves it back byte for byte with a safe Content-Disposition, and audits both', async () => {
    const res = await upload(rep.token, customerId, SAMPLE_FILES.pdf, '扬州春意框架协议(盖章).pdf', '2026 年度框架协议');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      customerId,
      name: '扬州春意框架协议(盖章).pdf',
      size: SAMPLE_FILES.pdf.length,
      contentType: 'application/pdf',
      note: '2026 年度框架协议',
      uploadedById: rep.id,
      uploadedByName: '张伟',
    });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Content-addressed under the data directory's files folder, nothing left in its temporary folder.
    const sha = res.body.sha256 as string;
    expect(existsSync(join(dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha))).toBe(true);
    expect(readdirSync(join(dataDir, 'files', 'tmp'))).toEqual([]);

    const list = await t.http.get(`/api/v1/customers/${customerId}/documents`).auth(rep.token, { type: 'bearer' });
    expect(list.status).toBe(200);
    expect(list.body.map((d: { id: string }) => d.id)).toContain(res.body.id);

    const file = await download(rep.token, customerId, res.body.id);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('扬州春意框架协议')}%28${encodeURIComponent('盖章')}%29.pdf`);
    expect(Buffer.compare(file.body as Buffer, SAMPLE_FILES.pdf)).toBe(0);

    const fileId = (await t.db.query(`SELECT file_id FROM customer_document WHERE id = $1`, [res.body.id]))[0].file_id;
    expect((await audit(fileId)).map((a: { action: string; actor_id: string }) => [a.action, a.actor_id])).toEqual([
      ['UPLOAD', rep.id],
      ['DOWNLOAD', rep.id],
    ]);
    expect((await audit(res.body.id)).map((a: { action: string }) => a.action)).toEqual(['INSERT']);
  });

  it('judges the kind by content: an executable named .pdf is refused with 415 naming file, and nothing is written', async () => {
    const before = Number((await t.db.query(`SELECT count(*) FROM stored_file`))[0].count);
    const res = await upload(rep.token, customerId, SAMPLE_FILES.exe, '发票.pdf');
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.type).toBe('https://kehu.dev/problems/file-type-not-allowed');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'file', message: expect.stringMatching(/Windows executable/) })]);
    expect(Number((await t.db.query(`SELECT count(*) FROM stored_file`))[0].count)).toBe(before);

    const html = await upload(rep.token, customerId, SAMPLE_FILES.html, 'page.html');
    expect(html.status).toBe(415);
    const renamed = await upload(rep.token, customerId, SAMPLE_FILES.png, 'scan.pdf');
    expect(renamed.status).toBe(415);
  });

  it.each([
    ['报价.xlsx', SAMPLE_FILES.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['合同.docx', SAMPLE_FILES.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['现场.jpg', SAMPLE_FILES.jpeg, 'image/jpeg'],
    ['资料.zip', SAMPLE_FILES.zip, 'application/zip'],
  ])('accepts %s', async (name, content, type) => {
    const res = await upload(rep.token, customerId, content, name);
    expect(res.status).toBe(201);
    expect(res.body.contentType).toBe(type);
  });

  it('holds uploads to the fileMaxUploadMb rule: over it 413 naming file, at it accepted', async () => {
    const set = await t.http.put('/api/v1/settings/rules/fileMaxUploadMb').auth(admin, { type: 'bearer' }).send({ value: 1 });
    expect(set.status).toBe(200);
    const oneMb = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(1024 * 1024 - SAMPLE_FILES.pdf.length, 0x20)]);
    expect((await upload(rep.token, customerId, oneMb, 'exactly-1mb.pdf')).status).toBe(201);
    const over = await upload(rep.token, customerId, Buffer.concat([oneMb, Buffer.from(' ')]), 'too-big.pdf');
    expect(over.status).toBe(413);
    expect(over.body.type).toBe('https://kehu.dev/problems/file-too-large');
    expect(over.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'maxSize' })]);
    await t.http.delete('/api/v1/settings/rules/fileMaxUploadMb').auth(admin, { type: 'bearer' });
  });

  it('refuses an upload without a file or with a note too long, naming the field', async () => {
    const none = await t.http.post(`/api/v1/customers/${customerId}/documents`).auth(rep.token, { type: 'bearer' }).field('note', '没有文件');
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const long = await upload(rep.token, customerId, SAMPLE_FILES.pdf, 'a.pdf', '长'.repeat(501));
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
  });

  it('answers another department’s customer, its documents and their downloads exactly like missing ones (404)', async () => {
    const doc = (await upload(rep.token, customerId, SAMPLE_FILES.png, '门头.png')).body;
    const missingCustomer = randomUUID();
    for (const [outside, missing] of [
      [`/api/v1/customers/${customerId}/documents`, `/api/v1/customers/${missingCustomer}/documents`],
      [`/api/v1/customers/${customerId}/documents/${doc.id}`, `/api/v1/customers/${missingCustomer}/documents/${doc.id}`],
    ]) {
      const a = await t.http.get(outside).auth(other.token, { type: 'bearer' });
      const b = await t.http.get(missing).auth(other.token, { type: 'bearer' });
      expect([a.status, a.body.type]).toEqual([404, 'https://kehu.dev/problems/not-found']);
      expect([b.status, b.body.type]).toEqual([404, 'https://kehu.dev/problems/not-found']);
    }
    const upload404 = await upload(other.token, customerId, SAMPLE_FILES.pdf, 'x.pdf');
    expect(upload404.status).toBe(404);
    const delete404 = await t.http.delete(`/api/v1/customers/${customerId}/documents/${doc.id}`).auth(other.token, { type: 'bearer' });
    expect(delete404.status).toBe(404);
    // A document of one customer is not found through another, visible, customer.
    const mine = (await createCustomer(t, other.token)).id;
    expect((await download(other.token, mine, doc.id)).status).toBe(404);
  });

  it('removes a document (audited): no longer listed or served', async () => {
    const doc = (await upload(rep.token, customerId, SAMPLE_FILES.gif, '签名.gif')).body;
    const res = await t.http.delete(`/api/v1/customers/${customerId}/documents/${doc.id}`).auth(rep.token, { type: 'bearer' });
    expect(res.status).toBe(204);
    const list = await t.http.get(`/api/v1/customers/${customerId}/documents`).auth(rep.token, { type: 'bearer' });
    expect(list.body.map((d: { id: string }) => d.id)).not.toContain(doc.id);
    expect((await download(rep.token, customerId, doc.id)).status).toBe(404);
    expect((await audit(doc.id)).map((a: { action: string }) => a.action)).toEqual(['INSERT', 'DELETE']);
    const fileId = (await t.db.query(`SELECT file_id FROM customer_document WHERE id = $1`, [doc.id]))[0].file_id;
    expect((await audit(fileId)).map((a: { action: string }) => a.action)).toEqual(['UPLOAD', 'DELETE']);
  });

  it('needs customer-document:write to upload or remove', async () => {
    const viewer = await createUser(t, admin, { username: 'doc_viewer', roles: ['executive'] });
    const res = await upload(viewer.token, customerId, SAMPLE_FILES.pdf, 'a.pdf');
    expect(res.status).toBe(403);
    expect((await t.http.get(`/api/v1/customers/${customerId}/documents`).auth(viewer.token, { type: 'bearer' })).status).toBe(200);
  });
});
