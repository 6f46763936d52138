import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { CoreError, CoreErrorCode } from '../http/domain-error';
import { requestContext } from '../http/request-context';
import { DURING_PASSWORD_CHANGE_KEY, PERMISSION_KEY, PUBLIC_KEY } from './authorized.decorator';
import { Principal, PrincipalResolver } from './principal';

export type AuthenticatedRequest = Request & { principal?: Principal };

/**
 * Global guard: every route needs a valid bearer credential unless marked @Public(),
 * and the permission declared by @Authorized(...) when there is one. A user who must change their
 * password reaches only the routes marked @AuthorizedDuringPasswordChange().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly resolver: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new CoreError(CoreErrorCode.Unauthorized, 'Send Authorization: Bearer <token>');
    const principal = await this.resolver.resolveBearer(match[1]);
    if (!principal) throw new CoreError(CoreErrorCode.Unauthorized, 'The token is invalid, expired or revoked');
    req.principal = principal;
    requestContext.setPrincipal(principal);
    if (principal.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(DURING_PASSWORD_CHANGE_KEY, targets)) {
      throw new CoreError(CoreErrorCode.PasswordChangeRequired, 'Change your password first (POST /api/v1/auth/change-password)');
    }
    const permission = this.reflector.getAllAndOverride<string | null>(PERMISSION_KEY, targets);
    if (permission && !principal.permissions.has(permission)) {
      throw new CoreError(CoreErrorCode.Forbidden, `Requires permission ${permission}`, { permission });
    }
    return true;
  }
}
