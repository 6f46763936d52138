import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DatabaseNotifications, NotifiedCache, Principal } from '@kehu/server-core';

export interface PrincipalProfile {
  email: string | null;
  mobile: string | null;
  departmentName: string | null;
  roles: Array<{ id: string; code: string; name: string }>;
  mustChangePassword: boolean;
}

/**
 * A user's principal, the token version their access tokens must carry and their sessions revoked
 * while access tokens of theirs may still be unexpired; for an API key (cached under
 * `api-key:<prefix>`), the key's principal, the hash its secret must match and its expiry.
 */
export interface CachedPrincipal {
  principal: Principal;
  /** What /auth/me shows beside the principal (the user's, for an API key its creator's). */
  profile: PrincipalProfile;
  tokenVersion: number;
  revokedSessions: readonly string[];
  apiKey?: { secretHash: string; expiresAt: number };
}

/**
 * The principals of recent callers (users and API keys), so that a request does not read its
 * caller's user, roles and departments again — one of the two round trips of a GET
 * (docs/performance.md). Emptied by any change to users, their roles, roles, the department tree or
 * API keys, or a revoked session (triggers of the permissions baseline migration and of
 * 1764000100000 on `kehu_principals`; this library's services through `afterCommit`).
 */
@Injectable()
export class PrincipalCache extends NotifiedCache<CachedPrincipal> implements OnModuleInit {
  constructor(notifications: DatabaseNotifications, clock: Clock) {
    super(notifications, clock, 'kehu_principals');
  }

  onModuleInit(): Promise<void> {
    return this.listen();
  }
}
