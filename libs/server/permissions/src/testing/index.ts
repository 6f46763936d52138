import type { ScopeWorld, TestApp } from '@kehu/server-core/testing';
import { PermissionsSeeder } from '../permissions.seeder';

export const TEST_PASSWORD = 'Passw0rd-test';

/** Signs in through the real endpoint and returns the access token. */
export async function loginAs(t: TestApp, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await t.http.post('/api/v1/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

/** The admin's token; the admin was created at bootstrap with a generated password. */
export async function adminToken(t: TestApp): Promise<string> {
  const password = t.app.get(PermissionsSeeder).generatedAdminPassword;
  if (!password) throw new Error('admin password not generated in this test app');
  return loginAs(t, 'admin', password);
}

export async function roleId(t: TestApp, admin: string, code: string): Promise<string> {
  const res = await t.http.get('/api/v1/roles').auth(admin, { type: 'bearer' });
  const role = (res.body as Array<{ id: string; code: string }>).find((r) => r.code === code);
  if (!role) throw new Error(`no role ${code}`);
  return role.id;
}

export async function createDepartment(t: TestApp, admin: string, name: string, parentId?: string): Promise<string> {
  const res = await t.http.post('/api/v1/departments').auth(admin, { type: 'bearer' }).send({ name, parentId });
  if (res.status !== 201) throw new Error(`department ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/**
 * Creates a user with the given built-in role codes through the API, clears the forced
 * password change, and returns the user's id and access token.
 */
export async function createUser(
  t: TestApp,
  admin: string,
  spec: { username: string; roles: string[]; departmentId?: string; displayName?: string },
): Promise<{ id: string; token: string }> {
  const roleIds = await Promise.all(spec.roles.map((code) => roleId(t, admin, code)));
  const res = await t.http
    .post('/api/v1/users')
    .auth(admin, { type: 'bearer' })
    .send({ username: spec.username, displayName: spec.displayName ?? spec.username, password: TEST_PASSWORD, roleIds, departmentId: spec.departmentId });
  if (res.status !== 201) throw new Error(`user ${spec.username}: ${res.status} ${JSON.stringify(res.body)}`);
  // As if the user had chosen TEST_PASSWORD themselves: until then only me and change-password answer.
  await t.db.query(`UPDATE app_user SET must_change_password = false WHERE id = $1`, [res.body.id]);
  const token = await loginAs(t, spec.username);
  return { id: res.body.id as string, token };
}

let scopeRoles = 0;

/** The scope harness's world (core testing's describeScopeHarness) over the real API, as `admin`. */
export function scopeWorld(t: TestApp, admin: string): ScopeWorld {
  return {
    createDepartment: (name, parentId) => createDepartment(t, admin, name, parentId),
    async createUser({ username, departmentId, dataScope, permissions }) {
      const code = `scope_role_${++scopeRoles}`;
      const role = await t.http.post('/api/v1/roles').auth(admin, { type: 'bearer' }).send({ code, name: code, permissions, dataScope });
      if (role.status !== 201) throw new Error(`role ${code}: ${role.status} ${JSON.stringify(role.body)}`);
      const user = await createUser(t, admin, { username, roles: [code], departmentId });
      return { ...user, departmentId };
    },
  };
}
