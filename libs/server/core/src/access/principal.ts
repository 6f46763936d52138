import { DataScope } from './data-scope';

/** Who is calling: a signed-in user or an API key acting with its role. */
export interface Principal {
  kind: 'user' | 'api-key';
  /** The user, or for an API key the user who created it (records it writes are owned by them). */
  userId: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  roleCodes: string[];
  permissions: ReadonlySet<string>;
  dataScope: DataScope;
  /** Departments whose records the scope covers; null means every department (ALL). */
  scopeDepartmentIds: string[] | null;
  apiKeyId?: string;
  /**
   * The user must change their password before anything else: only routes marked
   * `@AuthorizedDuringPasswordChange()` (me, change-password) answer; the rest 403 `password-change-required`.
   */
  mustChangePassword?: boolean;
}

export function hasPermission(principal: Principal, permission: string): boolean {
  return principal.permissions.has(permission);
}

/** Implemented by the permissions module: turns a bearer credential into a principal, or null. */
export abstract class PrincipalResolver {
  abstract resolveBearer(token: string): Promise<Principal | null>;
}
