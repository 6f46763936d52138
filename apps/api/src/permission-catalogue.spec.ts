import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureApp, loadConfig, PermissionRegistry } from '@kehu/server-core';
import { createTestDatabase } from '@kehu/server-core/testing';
import { BUILT_IN_ROLES } from '@kehu/server-permissions';
import request from 'supertest';
import { AppModule } from './app.module';
import { allMigrations } from './migrations';

/** The catalogue each module registers, as the whole product assembles it at boot. */
describe('the permission catalogue of the product', () => {
  let app: INestApplication;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase(allMigrations);
    drop = db.drop;
    const config = loadConfig({}, { logLevel: 'silent', schedulerEnabled: false, adminPassword: 'Admin-pass-2026' });
    app = await NestFactory.create(AppModule.forRoot(config, db.url), { logger: false });
    configureApp(app, config);
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('answers GET /permissions in the role editor’s order, every code named in both languages', async () => {
    const login = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ username: 'admin', password: 'Admin-pass-2026' });
    const res = await request(app.getHttpServer()).get('/api/v1/permissions').auth(login.body.accessToken, { type: 'bearer' });
    expect(res.status).toBe(200);
    const groups = res.body as Array<{ code: string; name: { en: string; zh: string }; permissions: Array<{ code: string; name: { en: string; zh: string } }> }>;
    expect(groups.map((g) => [g.code, g.permissions.map((p) => p.code).join(' ')])).toEqual([
      ['system', 'user:read user:write department:read department:write role:read role:write api-key:manage dictionary:write rule:write audit:read job:run approval-chain:write'],
      ['approval', 'approval:decide'],
      ['customer', 'customer:read customer:write customer:delete customer:transfer customer:import customer:export customer:review customer:claim customer-category:write customer-document:write follow-up:write churn:handle'],
      ['sales', 'opportunity:read opportunity:write opportunity:assign product:read product:write contract:read contract:write contract:sign contract:close contract-number:audit'],
      ['finance', 'receivable:read receivable:write payment:confirm delivery:write'],
      ['service', 'service:read service:write service:assign complaint:read complaint:write'],
      ['report', 'report:read'],
    ]);
    for (const item of [...groups, ...groups.flatMap((g) => g.permissions)]) {
      expect(item.name.en.length * item.name.zh.length).toBeGreaterThan(0);
    }
  });

  it('knows every permission a built-in role grants, and gives the administrator all of them', async () => {
    const catalogue = app.get(PermissionRegistry);
    const unknown = BUILT_IN_ROLES.flatMap((role) => (role.permissions === 'every' ? [] : role.permissions.filter((c) => !catalogue.has(c))));
    expect(unknown).toEqual([]);
    const login = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ username: 'admin', password: 'Admin-pass-2026' });
    const roles = await request(app.getHttpServer()).get('/api/v1/roles').auth(login.body.accessToken, { type: 'bearer' });
    const admin = roles.body.find((r: { code: string }) => r.code === 'admin');
    expect(admin.permissions).toEqual(catalogue.codes().sort());
  });
});
