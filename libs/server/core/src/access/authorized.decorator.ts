import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems.decorator';
import type { PermissionCode } from './permission-registry';

export const PERMISSION_KEY = 'kehu:permission';
export const PUBLIC_KEY = 'kehu:public';
export const DURING_PASSWORD_CHANGE_KEY = 'kehu:during-password-change';

/**
 * Declares who may call a handler, once: the guard enforces it and OpenAPI shows it
 * (bearer security, `x-permission`, 401/403 problem responses).
 * Without a permission the caller only needs to be signed in. The permission must be registered
 * by some module (registerPermissions), or the application refuses to boot. Either way a user who
 * must change their password is refused (403 `password-change-required`).
 */
export function Authorized(permission?: PermissionCode) {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission ?? null),
    ApiBearerAuth('bearer'),
    ApiExtension('x-permission', permission ?? 'authenticated'),
    ApiProblems(401, 403),
  );
}

/**
 * Signed in, no permission, and reachable while the user must still change their password: only
 * what that change needs (who am I, change it). Logout is public (it takes the refresh token).
 */
export function AuthorizedDuringPasswordChange() {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, null),
    SetMetadata(DURING_PASSWORD_CHANGE_KEY, true),
    ApiBearerAuth('bearer'),
    ApiExtension('x-permission', 'authenticated'),
    ApiProblems(401),
  );
}

/** Reachable without credentials (login, refresh, health). */
export function Public() {
  return applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension('x-permission', 'public'));
}
