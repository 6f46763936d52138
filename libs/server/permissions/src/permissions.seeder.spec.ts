import { createTestApp, TestApp } from '@kehu/server-core/testing';
import { permissionsMigrations } from './migrations';
import { PermissionsModule } from './permissions.module';
import { DEMO_PASSWORD, DEMO_USERS, PermissionsSeeder } from './permissions.seeder';
import { loginAs } from './testing';

describe('base and demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [PermissionsModule], migrations: permissionsMigrations, config: { demo: true, adminPassword: 'Chosen-admin-pass-1' } });
  });
  afterAll(() => t.close());

  it('creates admin with the configured password and prints none', async () => {
    expect(t.app.get(PermissionsSeeder).generatedAdminPassword).toBeNull();
    expect(await loginAs(t, 'admin', 'Chosen-admin-pass-1')).toBeTruthy();
  });

  it('seeds one demo user per built-in role who can sign in, with the sales manager managing 销售一部', async () => {
    const admin = await loginAs(t, 'admin', 'Chosen-admin-pass-1');
    const users = await t.http.get('/api/v1/users?pageSize=200').auth(admin, { type: 'bearer' });
    const roles = new Set(users.body.items.flatMap((u: { roles: Array<{ code: string }> }) => u.roles.map((r) => r.code)));
    expect([...roles].sort()).toEqual(['admin', 'executive', 'finance', 'reviewer', 'sales_manager', 'sales_rep', 'service_agent']);
    for (const u of DEMO_USERS) expect(await loginAs(t, u.username, DEMO_PASSWORD)).toBeTruthy();
    const departments = await t.http.get('/api/v1/departments').auth(admin, { type: 'bearer' });
    const team = departments.body.find((d: { name: string }) => d.name === '销售一部');
    expect(team.managerName).toBe('李经理');
    // The manager's DEPARTMENT_AND_CHILDREN scope covers the team's reps, not other departments.
    const manager = await loginAs(t, 'manager', DEMO_PASSWORD);
    const seen = await t.http.get('/api/v1/users?pageSize=200').auth(manager, { type: 'bearer' });
    expect(seen.body.items.map((u: { username: string }) => u.username).sort()).toEqual(['manager', 'rep1', 'rep2']);
  });

  it('is idempotent: bootstrapping again adds nothing', async () => {
    const before = await t.db.query(`SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM department) AS departments, (SELECT count(*) FROM role) AS roles`);
    await t.app.get(PermissionsSeeder).onApplicationBootstrap();
    const after = await t.db.query(`SELECT (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM department) AS departments, (SELECT count(*) FROM role) AS roles`);
    expect(after).toEqual(before);
  });
});
