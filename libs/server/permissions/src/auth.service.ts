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

  /**
   * Each attempt takes its slot in the address's and then the account's failure counter before the
   * password is checked (one statement each), so however many guesses arrive at once, at most the
   * limit of them are checked; a successful sign-in gives its slots back.
   */
  async login(dto: LoginDto): Promise<TokenPairDto> {
    const now = this.clock.now();
    const ip = requestContext.get()?.ip ?? 'unknown';
    const ipSlot = await this.takeIpSlot(ip, now);
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
    const attempt = await this.takeAccountSlot(user, now, () => this.recordAttempt(ip, dto.username, now, false));
    if (!(await verifyPassword(user.passwordHash, dto.password))) {
      await this.recordAttempt(ip, user.username, now, false);
      await this.auditLockReached(user, attempt);
      throw new PermissionsError(PermissionsErrorCode.InvalidCredentials);
    }
    if (user.disabled) {
      await this.db.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [user.id]);
      await this.recordAttempt(ip, dto.username, now, false);
      throw new PermissionsError(PermissionsErrorCode.AccountDisabled);
    }
    return this.db.transaction(async (tx) => {
      // Sign-in bookkeeping is not an edit of the user: plain SQL keeps `version` (and If-Match) untouched.
      await tx.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1`, [user.id, now]);
      await tx.query(`UPDATE login_throttle SET failures = failures - 1 WHERE ip = $1 AND window_start = $2 AND failures > 0`, [
        ip,
        ipSlot.windowStart,
      ]);
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
      // The session's access tokens stop at once: on this replica now, on the others by notification.
      this.principalCache.changed();
      throw new PermissionsError(PermissionsErrorCode.InvalidRefreshToken, 'Token reuse detected; this session is signed out everywhere');
    }
    if (outcome === 'invalid') throw new PermissionsError(PermissionsErrorCode.InvalidRefreshToken);
    return outcome;
  }

  /** Ends the session: its refresh tokens and, at once, its access tokens (the principal lists revoked sessions). */
  async logout(presented: string): Promise<void> {
    const now = this.clock.now();
    await this.principalCache.afterCommit(
      this.db.transaction(async (tx) => {
        const token = await this.findRefreshToken(tx, presented, false);
        if (token) await tx.update(RefreshToken, { familyId: token.familyId, revokedAt: IsNull() }, { revokedAt: now });
      }),
    );
  }

  /**
   * GET /auth/me: from the caller's cached principal, which carries the profile (no statement; every
   * column shown empties the cache when it changes — PrincipalProfile1764001000000); read from the
   * database only for a principal not resolved by PrincipalService.
   */
  async currentUser(principal: Principal): Promise<MeDto> {
    const profile = this.principals.profileOf(principal);
    if (!profile) return this.me(principal);
    return {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      email: profile.email,
      mobile: profile.mobile,
      departmentId: principal.departmentId,
      departmentName: profile.departmentName,
      roles: profile.roles.map((r) => ({ id: r.id, code: r.code, name: r.name })),
      permissions: [...principal.permissions].sort(),
      dataScope: principal.dataScope,
      mustChangePassword: profile.mustChangePassword,
    };
  }

  /** Read through `manager`: a sign-in or password change answers what its own transaction wrote. */
  async me(principal: Principal, manager: EntityManager = this.db.manager): Promise<MeDto> {
    const user = await manager.getRepository(User).findOne({ where: { id: principal.userId }, relations: { roles: true } });
    if (!user) throw notFound('User');
    const department = user.departmentId ? await manager.getRepository(Department).findOneBy({ id: user.departmentId }) : null;
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

  /**
   * Changes my password, ends every session of mine and answers a fresh one for this client. A wrong
   * current password counts toward the account's lockout like a failed sign-in (a stolen access
   * token must not become an unlimited password oracle).
   */
  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<TokenPairDto> {
    const now = this.clock.now();
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: principal.userId })
      .getOneOrFail();
    const attempt = await this.takeAccountSlot(user, now);
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      await this.auditLockReached(user, attempt);
      throw new PermissionsError(PermissionsErrorCode.WrongPassword, undefined, {
        errors: [{ field: 'currentPassword', message: 'is wrong', code: 'wrongPassword' }],
      });
    }
    await this.db.query(`UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [user.id]);
    assertStrongPassword(dto.newPassword, user.username, 'newPassword');
    const hash = await hashPassword(dto.newPassword);
    return this.principalCache.afterCommit(
      this.db.transaction(async (tx) => {
        // Read afresh: the one loaded before the check holds the failure count it has since reset.
        const changed = await tx.findOneByOrFail(User, { id: user.id });
        changed.passwordHash = hash;
        changed.mustChangePassword = false;
        await tx.save(changed);
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
    const access = this.tokens.signAccess(user.id, fresh.tokenVersion, familyId);
    const principal = await this.principals.forUser(user.id);
    if (!principal) throw new PermissionsError(PermissionsErrorCode.AccountDisabled);
    return {
      accessToken: access.token,
      refreshToken: `${row.id}.${secret}`,
      expiresIn: access.expiresIn,
      tokenType: 'Bearer',
      user: await this.me(principal, tx),
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

  /**
   * Counts an attempt against the address's failures in its current window, before the password is
   * checked: one upsert, so concurrent attempts each see the count including every other one.
   * Refuses (429) beyond the limit.
   */
  private async takeIpSlot(ip: string, now: Date): Promise<{ windowStart: Date }> {
    const windowMs = LOGIN_POLICY.ipWindowMinutes * 60_000;
    const [slot]: Array<{ failures: number; window_start: Date }> = await this.db.query(
      `INSERT INTO login_throttle AS t (ip, window_start, failures) VALUES ($1, $2, 1)
       ON CONFLICT (ip) DO UPDATE SET
         window_start = CASE WHEN t.window_start <= $3 THEN excluded.window_start ELSE t.window_start END,
         failures = CASE WHEN t.window_start <= $3 THEN 1 ELSE t.failures + 1 END
       RETURNING failures, window_start`,
      [ip, now, addMinutes(now, -LOGIN_POLICY.ipWindowMinutes)],
    );
    if (slot.failures > LOGIN_POLICY.maxAttemptsPerIpInWindow) {
      const retryAt = slot.window_start.getTime() + windowMs;
      throw new PermissionsError(PermissionsErrorCode.LoginRateLimited, `Wait ${LOGIN_POLICY.ipWindowMinutes} minutes before trying again`).retryAfter(
        (retryAt - now.getTime()) / 1000,
      );
    }
    return { windowStart: slot.window_start };
  }

  /**
   * Counts a password check against the account before it is made, in one statement: the attempt
   * that reaches the limit also locks the account, and a locked account is refused (423) without a
   * check. A lock that has run out starts the count afresh. The caller resets the count on success.
   * Answers the attempt's number.
   */
  private async takeAccountSlot(user: User, now: Date, onLocked?: () => Promise<void>): Promise<number> {
    const lockUntil = addMinutes(now, LOGIN_POLICY.lockMinutes);
    // TypeORM answers UPDATE … RETURNING with [rows, rowCount].
    const [rows]: [Array<{ failed_logins: number }>, number] = await this.db.query(
      `UPDATE app_user SET
         failed_logins = CASE WHEN locked_until IS NULL THEN failed_logins + 1 ELSE 1 END,
         locked_until = CASE WHEN (CASE WHEN locked_until IS NULL THEN failed_logins + 1 ELSE 1 END) >= $3 THEN $4::timestamptz END
       WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)
       RETURNING failed_logins`,
      [user.id, now, LOGIN_POLICY.maxFailures, lockUntil],
    );
    if (rows.length === 0) {
      await onLocked?.();
      const [{ locked_until }]: Array<{ locked_until: Date | null }> = await this.db.query(`SELECT locked_until FROM app_user WHERE id = $1`, [user.id]);
      const until = locked_until && locked_until > now ? locked_until : lockUntil;
      throw new PermissionsError(PermissionsErrorCode.AccountLocked, `Try again after ${until.toISOString()}`, {
        lockedUntil: until.toISOString(),
      }).retryAfter((until.getTime() - now.getTime()) / 1000);
    }
    return rows[0].failed_logins;
  }

  /** The attempt that reached the limit failed: its lock stands. */
  private async auditLockReached(user: User, attempt: number): Promise<void> {
    if (attempt !== LOGIN_POLICY.maxFailures) return;
    await writeAudit(this.db.manager, { action: 'LOCK', entityType: 'User', entityId: user.id, actorId: null, actorName: 'system' });
  }

  private async recordAttempt(ip: string, username: string, at: Date, success: boolean): Promise<void> {
    await this.db.getRepository(LoginAttempt).insert({ ip, username: username.slice(0, 64), at, success });
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
