import { Controller, Get, Global, Injectable, Module } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CoreError, CoreErrorCode } from '../http/domain-error';
import { DEFAULT_RETRY_AFTER_SECONDS } from '../http/problem-details.filter';
import { createTestApp, TestApp } from '../testing';
import { Authorized, AuthorizedDuringPasswordChange } from './authorized.decorator';
import { DataScope } from './data-scope';
import { Principal, PrincipalResolver } from './principal';
import { registerPermissions } from './permission-registry';

@Controller('guard-probe')
class GuardProbeController {
  @Get('me')
  @AuthorizedDuringPasswordChange()
  @ApiOkResponse({ schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } })
  me() {
    return { ok: true };
  }

  @Get('signed-in')
  @Authorized()
  @ApiOkResponse({ schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } })
  signedIn() {
    return { ok: true };
  }

  @Get('users')
  @Authorized('guard-probe:read')
  @ApiOkResponse({ schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } })
  users() {
    return { ok: true };
  }

  @Get('busy')
  @Authorized()
  @ApiProblems(429)
  busy(): never {
    throw new CoreError(CoreErrorCode.TooManyRequests);
  }

  @Get('busy-for-a-while')
  @Authorized()
  @ApiProblems(429)
  busyForAWhile(): never {
    throw new CoreError(CoreErrorCode.TooManyRequests).retryAfter(12.2);
  }
}

/** `pending`: a user who must change their password; `settled`: one who has. */
@Injectable()
class FixedTokens extends PrincipalResolver {
  async resolveBearer(token: string): Promise<Principal | null> {
    if (token !== 'pending' && token !== 'settled') return null;
    return {
      kind: 'user',
      userId: '00000000-0000-4000-8000-000000000002',
      username: token,
      displayName: token,
      departmentId: null,
      roleCodes: [],
      permissions: new Set(['guard-probe:read']),
      dataScope: DataScope.All,
      scopeDepartmentIds: null,
      mustChangePassword: token === 'pending',
    };
  }
}

@Global()
@Module({
  controllers: [GuardProbeController],
  providers: [
    registerPermissions({ group: { code: 'guard-probe', name: { en: 'Guard probe', zh: '守卫探针' }, order: 99 }, permissions: [{ code: 'guard-probe:read', name: { en: 'Read', zh: '读' } }] }),
    { provide: PrincipalResolver, useClass: FixedTokens },
  ],
  exports: [PrincipalResolver],
})
class GuardProbeModule {}

describe('AuthGuard and 429 answers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [GuardProbeModule], migrations: [] });
  });
  afterAll(() => t.close());

  it('lets a user who must change the password reach only the routes that allow it', async () => {
    expect((await t.http.get('/api/v1/guard-probe/me').auth('pending', { type: 'bearer' })).status).toBe(200);
    for (const path of ['signed-in', 'users']) {
      const res = await t.http.get(`/api/v1/guard-probe/${path}`).auth('pending', { type: 'bearer' });
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('https://kehu.dev/problems/password-change-required');
    }
    for (const path of ['me', 'signed-in', 'users']) {
      expect((await t.http.get(`/api/v1/guard-probe/${path}`).auth('settled', { type: 'bearer' })).status).toBe(200);
    }
  });

  it('sends Retry-After on every 429: the error’s own, rounded up, or the default', async () => {
    const plain = await t.http.get('/api/v1/guard-probe/busy').auth('settled', { type: 'bearer' });
    expect(plain.status).toBe(429);
    expect(plain.headers['retry-after']).toBe(String(DEFAULT_RETRY_AFTER_SECONDS));
    const timed = await t.http.get('/api/v1/guard-probe/busy-for-a-while').auth('settled', { type: 'bearer' });
    expect(timed.status).toBe(429);
    expect(timed.headers['retry-after']).toBe('13');
  });
});
