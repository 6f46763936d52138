import { describe, expect, it, vi } from 'vitest';
import { createHttpClient, ProblemError, problemSlug, toProblem, unwrap } from './http';
import { memoryTokenStore } from './session';

// jsdom runs on Node's Request, which needs absolute URLs (the app uses baseUrl '').
const BASE = 'http://localhost';

const me = {
  id: 'u1',
  username: 'admin',
  displayName: 'Admin',
  email: null,
  mobile: null,
  departmentId: null,
  departmentName: null,
  roles: [],
  permissions: ['user:read'],
  dataScope: 'ALL',
  mustChangePassword: false,
};

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const problem401 = { type: 'https://kehu.dev/problems/unauthorized', title: 'Unauthorized', status: 401 };

/** A fake server: access token `new` is valid, `old` is expired; refresh answers after a tick. */
function fakeServer(options: { refreshOk: boolean }) {
  const calls: { method: string; path: string; auth: string | null; body?: string }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url, 'http://localhost').pathname;
    const body = request.method === 'GET' ? undefined : await request.clone().text();
    calls.push({ method: request.method, path, auth: request.headers.get('Authorization'), body });
    if (path === '/api/v1/auth/refresh') {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (!options.refreshOk) return json(401, problem401, 'application/problem+json');
      return json(200, { accessToken: 'new', refreshToken: 'refresh-2', expiresIn: 900, tokenType: 'Bearer', user: me });
    }
    if (request.headers.get('Authorization') !== 'Bearer new') return json(401, problem401, 'application/problem+json');
    if (path === '/api/v1/users/u1/reset-password') return new Response(null, { status: 204 });
    return json(200, me);
  });
  return { fetch, calls };
}

describe('http client', () => {
  it('adds the bearer token to requests', async () => {
    const server = fakeServer({ refreshOk: true });
    const client = createHttpClient({
      baseUrl: BASE,
      fetch: server.fetch,
      tokens: memoryTokenStore({ accessToken: 'new', refreshToken: 'r' }),
    });
    const result = await client.GET('/api/v1/auth/me');
    expect(unwrap(result).username).toBe('admin');
    expect(server.calls).toEqual([{ method: 'GET', path: '/api/v1/auth/me', auth: 'Bearer new', body: undefined }]);
  });

  it('refreshes once for parallel 401s and retries every request with the new token', async () => {
    const server = fakeServer({ refreshOk: true });
    const tokens = memoryTokenStore({ accessToken: 'old', refreshToken: 'refresh-1' });
    const onSessionExpired = vi.fn();
    const client = createHttpClient({ baseUrl: BASE, fetch: server.fetch, tokens, onSessionExpired });

    const results = await Promise.all([
      client.GET('/api/v1/auth/me'),
      client.GET('/api/v1/auth/me'),
      client.POST('/api/v1/users/{id}/reset-password', {
        params: { path: { id: 'u1' } },
        body: { newPassword: 'secret123' },
      }),
    ]);

    expect(results.map((r) => r.response.status)).toEqual([200, 200, 204]);
    expect(unwrap(results[0]).username).toBe('admin');
    const refreshes = server.calls.filter((c) => c.path === '/api/v1/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(JSON.parse(refreshes[0].body ?? '{}')).toEqual({ refreshToken: 'refresh-1' });
    // Each original request went out twice: first with the old token, then retried with the new one.
    const retried = server.calls.filter((c) => c.path !== '/api/v1/auth/refresh');
    expect(retried.filter((c) => c.auth === 'Bearer old')).toHaveLength(3);
    expect(retried.filter((c) => c.auth === 'Bearer new')).toHaveLength(3);
    // The retried POST still carries its body.
    const resetRetry = retried.find((c) => c.path.endsWith('/reset-password') && c.auth === 'Bearer new');
    expect(JSON.parse(resetRetry?.body ?? '{}')).toEqual({ newPassword: 'secret123' });
    expect(tokens.getAccessToken()).toBe('new');
    expect(tokens.getRefreshToken()).toBe('refresh-2');
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('clears the session once and reports expiry when the refresh fails', async () => {
    const server = fakeServer({ refreshOk: false });
    const tokens = memoryTokenStore({ accessToken: 'old', refreshToken: 'stale' });
    const onSessionExpired = vi.fn();
    const client = createHttpClient({ baseUrl: BASE, fetch: server.fetch, tokens, onSessionExpired });

    const results = await Promise.all([client.GET('/api/v1/auth/me'), client.GET('/api/v1/auth/me')]);

    expect(results.map((r) => r.response.status)).toEqual([401, 401]);
    expect(server.calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(tokens.getAccessToken()).toBeNull();
    expect(tokens.getRefreshToken()).toBeNull();
    expect(() => unwrap(results[0])).toThrow(ProblemError);
  });

  it('never refreshes for a failed login', async () => {
    const fetch = vi.fn(async () =>
      json(401, { type: 'about:blank', title: 'Invalid credentials', status: 401 }, 'application/problem+json'),
    );
    const client = createHttpClient({ baseUrl: BASE, fetch, tokens: memoryTokenStore({ refreshToken: 'r' }) });
    const result = await client.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } });
    expect(result.response.status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('unwrap', () => {
  it('throws a ProblemError carrying the problem details', async () => {
    const body = {
      type: 'https://kehu.dev/problems/validation-error',
      title: 'Validation failed',
      status: 400,
      detail: 'username: too short',
      errors: [{ field: 'username', message: 'too short', code: 'minLength' }],
    };
    const client = createHttpClient({
      baseUrl: BASE,
      fetch: async () => json(400, body, 'application/problem+json'),
      tokens: memoryTokenStore({ accessToken: 'new' }),
    });
    const result = await client.GET('/api/v1/auth/me');
    try {
      unwrap(result);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemError);
      expect((error as ProblemError).problem).toEqual(body);
      expect((error as ProblemError).status).toBe(400);
      expect((error as ProblemError).message).toBe('username: too short');
    }
  });
});

describe('problem slugs', () => {
  it('reads the slug from the last path segment of the problem type', () => {
    const error = new ProblemError({ type: 'https://kehu.dev/problems/duplicate-customer', title: 'Duplicate', status: 409 });
    expect(error.slug).toBe('duplicate-customer');
    expect(problemSlug({ type: 'https://kehu.dev/problems/claim-cooldown/' })).toBe('claim-cooldown');
    expect(problemSlug({ type: 'about:blank' })).toBeNull();
    expect(problemSlug(undefined)).toBeNull();
  });

  it('turns an answer that is not problem+json into an about:blank problem (no slug, the status text as title)', () => {
    const problem = toProblem('upstream timed out', new Response(null, { status: 504, statusText: 'Gateway Timeout' }));
    expect(problem).toEqual({ type: 'about:blank', title: 'Gateway Timeout', status: 504, detail: 'upstream timed out' });
    expect(new ProblemError(problem).slug).toBeNull();
  });
});
