import { APIRequestContext, expect } from '@playwright/test';

/** A signed-in API caller: its bearer header. Specs set up their world through the API, then drive the UI. */
export type Caller = { Authorization: string };

export async function login(api: APIRequestContext, username: string, password: string): Promise<Caller> {
  const res = await api.post('/api/v1/auth/login', { data: { username, password } });
  expect(res.ok(), `login ${username}`).toBe(true);
  return { Authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** The answer's body, after checking it succeeded (the failure names `what`, the status and the problem). */
export async function ok<T>(res: { ok(): boolean; status(): number; text(): Promise<string>; json(): Promise<T> }, what: string): Promise<T> {
  expect(res.ok(), `${what}: ${res.status()} ${res.ok() ? '' : await res.text()}`).toBe(true);
  return res.json();
}

/**
 * A user with a built-in role in `departmentId`, who has already chosen `password` (a new user must
 * change the first one, which the UI sign-in of a spec is not about). Answers the user's id.
 */
export async function createUser(
  api: APIRequestContext,
  admin: Caller,
  user: { username: string; displayName: string },
  role: string,
  departmentId: string | null,
  password: string,
): Promise<string> {
  const roles: { id: string; code: string }[] = await (await api.get('/api/v1/roles', { headers: admin })).json();
  const roleId = roles.find((r) => r.code === role)?.id;
  expect(roleId, role).toBeTruthy();
  const first = `${password}-first`;
  const created = await ok<{ id: string }>(await api.post('/api/v1/users', { headers: admin, data: { ...user, password: first, roleIds: [roleId], departmentId } }), `user ${user.username}`);
  const own = await login(api, user.username, first);
  await ok(await api.post('/api/v1/auth/change-password', { headers: own, data: { currentPassword: first, newPassword: password } }), 'password');
  return created.id;
}
