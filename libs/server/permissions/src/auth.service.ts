import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, addMinutes, Clock, notFound, Principal, requestContext, writeAudit } from '@kehu/server-core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ChangePasswordDto, LoginDto, MeDto, TokenPairDto } from './dto/auth.dto';
import { Department } from './entities/department.entity';
import { LoginAttempt } from './entities/login-attempt.entity';
import { RefreshToken } from './entities/refresh-token.entity';
import { User } from './entities/user.entity';
import { dummyPasswordHash, hashPassword, passwordWeakness, verifyPassword } from './password';
import { PermissionsError, PermissionsErrorCode } from './permissions.exception';
import { PrincipalCache } from './principal-cache';
import { PrincipalService } from './principal.service';
import { randomSecret, REFRESH_TOKEN_TTL_DAYS, sha256, TokenService } from './token.service';

/** Security policy of sign-in (not business rules, so not in settings). */
export const LOGIN_POLICY = {
  maxFailures: 5,
  lockMinutes: 15,
  ipWindowMinutes: 5,
  maxAttemptsPerIpInWindow: 30,
} as const;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly principals: PrincipalService,
    private readonly clock: Clock,
    private readonly principalCache: PrincipalCache,
  ) {}

  async login(dto: LoginDto): Promise<TokenPairDto> {
    const now = this.clock.now();
    const ip = requestContext.get()?.ip ?? 'unknown';
    await this.assertIpNotThrottled(ip, now);
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username: dto.username })
      .getOne();
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), dto.password);
      await this.recordAttempt(ip, dto.username, now, false);
      throw new PermissionsError(PermissionsErrorCode.InvalidCredentials);
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await this.recordAttempt(ip, dto.username, now, false);
      throw new PermissionsError(PermissionsErrorCode.AccountLocked, `Try again after ${user.lockedUntil.toISOString()}`, {
        lockedUntil: user.lockedUntil.toISOString(),
      });
    }
    const ok = await verifyPassword(user.passwordHash, dto.password);
    if (!ok) {
      await this.recordFailure(user, ip, now);
      throw new PermissionsError(PermissionsErrorCode.InvalidCredentials);
    }
    if (user.disabled) {
      await this.recordAttempt(ip, dto.username, now, false);
      throw new PermissionsError(PermissionsErrorCode.AccountDisabled);
    }
    return this.db.transaction(async (tx) => {
      // Sign-in bookkeeping is not an edit of the user: plain SQL keeps `version` (and If-Match) untouched.
      await tx.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1`, [user.id, now]);
      await tx.insert(LoginAttempt, { ip, username: user.username, at: now, success: true });
      await writeAudit(tx, { action: 'LOGIN', entityType: 'User', entityId: user.id, actorId: user.id, actorName: user.username });
      return this.issue(tx, user, randomUUID());
    });
  }

  async refresh(presented: string): Promise<TokenPairDto> {
    const now = this.clock.now();
    const outcome = await this.db.transaction(async (tx) => {
      const token = await this.findRefreshToken(tx, presented, true);
      if (!token) return 'invalid' as const;
      if (token.usedAt || token.revokedAt) {
        // A rotated token presented again: someone holds a copy. End the whole session family
        // (committed before answering 401).
        await tx.update(RefreshToken, { familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: now });
        return 'reused' as const;
      }
      if (token.expiresAt <= now) return 'invalid' as const;
      const user = await tx.findOneBy(User, { id: token.userId });
      if (!user || user.disabled) return 'invalid' as const;
      await tx.update(RefreshToken, { id: token.id }, { usedAt: now });
      return this.issue(tx, user, token.familyId);
    });
    if (outcome === 'reused') {
      throw new PermissionsError(PermissionsErrorCode.InvalidRefreshToken, 'Token reuse detected; this session is signed out everywhere');
    }
    if (outcome === 'invalid') throw new PermissionsError(PermissionsErrorCode.InvalidRefreshToken);
    return outcome;
  }

  async logout(presented: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      const token = await this.findRefreshToken(tx, presented, false);
      if (token) await tx.update(RefreshToken, { familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: now });
    });
  }

  async me(principal: Principal): Promise<MeDto> {
    const user = await this.db.getRepository(User).findOne({ where: { id: principal.userId }, relations: { roles: true } });
    if (!user) throw notFound('User');
    const department = user.departmentId ? await this.db.getRepository(Department).findOneBy({ id: user.departmentId }) : null;
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      mobile: user.mobile,
      departmentId: user.departmentId,
      departmentName: department?.name ?? null,
      roles: user.roles.filter((r) => !r.deletedAt).map((r) => ({ id: r.id, code: r.code, name: r.name })),
      permissions: [...principal.permissions].sort(),
      dataScope: principal.dataScope,
      mustChangePassword: user.mustChangePassword,
    };
  }

  /** Changes my password, ends every session of mine and answers a fresh one for this client. */
  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<TokenPairDto> {
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: principal.userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      throw new PermissionsError(PermissionsErrorCode.WrongPassword, undefined, {
        errors: [{ field: 'currentPassword', message: 'is wrong', code: 'wrongPassword' }],
      });
    }
    assertStrongPassword(dto.newPassword, user.username, 'newPassword');
    const hash = await hashPassword(dto.newPassword);
    return this.principalCache.afterCommit(
      this.db.transaction(async (tx) => {
        user.passwordHash = hash;
        user.mustChangePassword = false;
        await tx.save(user);
        await revokeAllSessions(tx, user.id, this.clock.now());
        return this.issue(tx, user, randomUUID());
      }),
    );
  }

  private async issue(tx: EntityManager, user: User, familyId: string): Promise<TokenPairDto> {
    const now = this.clock.now();
    const secret = randomSecret();
    const row = await tx.save(
      tx.create(RefreshToken, {
        userId: user.id,
        familyId,
        tokenHash: sha256(secret),
        issuedAt: now,
        expiresAt: addDays(now, REFRESH_TOKEN_TTL_DAYS),
        usedAt: null,
        revokedAt: null,
      }),
    );
    const fresh = await tx.findOneByOrFail(User, { id: user.id });
    const access = this.tokens.signAccess(user.id, fresh.tokenVersion);
    const principal = await this.principals.forUser(user.id);
    if (!principal) throw new PermissionsError(PermissionsErrorCode.AccountDisabled);
    return {
      accessToken: access.token,
      refreshToken: `${row.id}.${secret}`,
      expiresIn: access.expiresIn,
      tokenType: 'Bearer',
      user: await this.me(principal),
    };
  }

  private async findRefreshToken(tx: EntityManager, presented: string, lock: boolean): Promise<RefreshToken | null> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) return null;
    const qb = tx.getRepository(RefreshToken).createQueryBuilder('t').where('t.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const token = await qb.getOne();
    return token && token.tokenHash === sha256(secret) ? token : null;
  }

  private async assertIpNotThrottled(ip: string, now: Date): Promise<void> {
    const since = addMinutes(now, -LOGIN_POLICY.ipWindowMinutes);
    const [{ count }] = await this.db.query(
      `SELECT count(*)::int AS count FROM login_attempt WHERE ip = $1 AND at > $2 AND NOT success`,
      [ip, since],
    );
    if (count >= LOGIN_POLICY.maxAttemptsPerIpInWindow) {
      throw new PermissionsError(PermissionsErrorCode.LoginRateLimited, `Wait ${LOGIN_POLICY.ipWindowMinutes} minutes before trying again`);
    }
  }

  private async recordAttempt(ip: string, username: string, at: Date, success: boolean): Promise<void> {
    await this.db.getRepository(LoginAttempt).insert({ ip, username: username.slice(0, 64), at, success });
  }

  private async recordFailure(user: User, ip: string, now: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      // TypeORM answers UPDATE … RETURNING with [rows, rowCount].
      const [[{ failed_logins }]] = await tx.query(
        `UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins`,
        [user.id],
      );
      if (failed_logins >= LOGIN_POLICY.maxFailures) {
        await tx.query(`UPDATE app_user SET failed_logins = 0, locked_until = $2 WHERE id = $1`, [
          user.id,
          addMinutes(now, LOGIN_POLICY.lockMinutes),
        ]);
        await writeAudit(tx, { action: 'LOCK', entityType: 'User', entityId: user.id, actorId: null, actorName: 'system' });
      }
      await tx.insert(LoginAttempt, { ip, username: user.username, at: now, success: false });
    });
  }
}

export function assertStrongPassword(password: string, username: string | undefined, field: string): void {
  const weakness = passwordWeakness(password, username);
  if (weakness) {
    throw new PermissionsError(PermissionsErrorCode.WeakPassword, `${field} ${weakness}`, {
      errors: [{ field, message: weakness, code: 'weakPassword' }],
    });
  }
}

/** Ends every session of a user: refresh tokens revoked, access tokens invalid (token version bumped). */
export async function revokeAllSessions(tx: EntityManager, userId: string, now: Date): Promise<void> {
  await tx.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: now });
  await tx.query(`UPDATE app_user SET token_version = token_version + 1 WHERE id = $1`, [userId]);
}
