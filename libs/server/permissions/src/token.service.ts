import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@kehu/server-core';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthSecret } from './entities/auth-secret.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface AccessClaims {
  sub: string;
  /** User's token version when issued. */
  tv: number;
  /** The session (refresh-token family) it belongs to: logging out or a replayed refresh token ends it. */
  sid: string;
  iat: number;
  exp: number;
}

function b64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * HS256 JWT access tokens signed with JWT_SECRET or a generated key kept in the database
 * (shared by all replicas). Times come from the injected Clock so tests can expire tokens.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private secret: Buffer;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.secret = Buffer.from(this.config.jwtSecret);
      return;
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(AuthSecret)
      .values({ name: 'jwt', value: randomSecret(48) })
      .orIgnore()
      .execute();
    const row = await this.db.getRepository(AuthSecret).findOneByOrFail({ name: 'jwt' });
    this.secret = Buffer.from(row.value);
  }

  signAccess(userId: string, tokenVersion: number, sessionId: string): { token: string; expiresIn: number } {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const claims: AccessClaims = { sub: userId, tv: tokenVersion, sid: sessionId, iat, exp: iat + ACCESS_TOKEN_TTL_SECONDS };
    const body = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
    const signature = createHmac('sha256', this.secret).update(body).digest('base64url');
    return { token: `${body}.${signature}`, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
  }

  verifyAccess(token: string): AccessClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const expected = createHmac('sha256', this.secret).update(`${parts[0]}.${parts[1]}`).digest();
    const given = Buffer.from(parts[2], 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString());
      if (header.alg !== 'HS256') return null;
      const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as AccessClaims;
      const now = Math.floor(this.clock.now().getTime() / 1000);
      if (typeof claims.exp !== 'number' || claims.exp <= now || typeof claims.sub !== 'string') return null;
      // Tokens issued before sessions were revocable carry none; their holder refreshes.
      if (typeof claims.sid !== 'string') return null;
      return claims;
    } catch {
      return null;
    }
  }
}
