import { DATA_SCOPE_RANK, DataScope, Principal } from '@kehu/server-core';
import { PermissionsError, PermissionsErrorCode } from './permissions.exception';

/**
 * Grants never exceed the granter (docs/security.md "Grants"): whoever gives permissions or a data
 * scope — an API key's role, a role assigned to a user, a role's own permissions and scope — may give
 * only what they hold themselves. An administrator holds every permission and the whole tree, so
 * passes every check without a special case.
 */

/** What a role gives its holder. */
export interface Grant {
  permissions: readonly string[];
  dataScope: DataScope;
}

/** The permissions in `permissions` that the caller does not hold. */
export function permissionsBeyond(caller: Principal, permissions: readonly string[]): string[] {
  return permissions.filter((p) => !caller.permissions.has(p));
}

/**
 * Whether `scope` reaches records the caller cannot see: wider than the caller's scope, or (when the
 * holder's department is known) anchored in a department outside it. `departmentId` undefined: the
 * scope alone, as for a role or a key acting as the caller; null: a holder without a department,
 * whom DEPARTMENT-like scopes give nothing.
 */
export function scopeBeyond(caller: Principal, scope: DataScope, departmentId?: string | null): boolean {
  if (DATA_SCOPE_RANK[scope] > DATA_SCOPE_RANK[caller.dataScope]) return true;
  if (departmentId === undefined || departmentId === null || scope === DataScope.Self || caller.scopeDepartmentIds === null) return false;
  return !caller.scopeDepartmentIds.includes(departmentId);
}

/** Why `grant` exceeds the caller, or null when they may give it. */
export function grantExcess(caller: Principal, grant: Grant, departmentId?: string | null): string | null {
  const permissions = permissionsBeyond(caller, grant.permissions);
  const reasons: string[] = [];
  if (permissions.length) reasons.push(`permissions you do not hold: ${permissions.join(', ')}`);
  if (scopeBeyond(caller, grant.dataScope, departmentId)) reasons.push(`data scope ${grant.dataScope} beyond yours`);
  return reasons.length ? `grants ${reasons.join('; ')}` : null;
}

/** 403 `grant-exceeds-own`, naming each offending field of the request. */
export function grantRefused(errors: Array<{ field: string; message: string }>): InstanceType<typeof PermissionsError> {
  return new PermissionsError(
    PermissionsErrorCode.GrantExceedsOwn,
    errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    { errors: errors.map((e) => ({ ...e, code: 'exceedsGranter' })) },
  );
}

/** Refuses (403) when `grant`, named `field` in the request, exceeds the caller. */
export function assertGrantable(caller: Principal, grant: Grant, field: string, departmentId?: string | null): void {
  const excess = grantExcess(caller, grant, departmentId);
  if (excess) throw grantRefused([{ field, message: excess }]);
}

/**
 * Refuses (403) to act on a user who holds more than the caller: resetting their password, editing,
 * disabling, enabling or unlocking them would hand the caller (or whoever holds that account) more
 * than the caller may give.
 */
export function assertNotBeyondCaller(caller: Principal, target: { departmentId: string | null; roles: Grant[] }): void {
  const excess = target.roles.map((r) => grantExcess(caller, r, target.departmentId)).find((e) => e !== null);
  if (excess) {
    throw new PermissionsError(PermissionsErrorCode.UserExceedsOwn, `This user holds more than you: ${excess.replace(/^grants /, '')}`);
  }
}
