import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DatabaseNotifications, NotifiedCache, Principal } from '@kehu/server-core';

/** A user's principal and the token version their access tokens must carry. */
export interface CachedPrincipal {
  principal: Principal;
  tokenVersion: number;
}

/**
 * The principals of recent callers, so that a request does not read its caller's user, roles and
 * departments again — one of the two round trips of a GET (docs/performance.md). Emptied by any
 * change to users, their roles, roles or the department tree (triggers of migration 1763900013000 on
 * `kehu_principals`; this library's services through `afterCommit`).
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
