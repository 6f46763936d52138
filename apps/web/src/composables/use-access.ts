import { useAuthStore, type PermissionRequirement } from '../stores/auth';

/** Permission checks for templates and scripts: `const { can } = useAccess()`. */
export function useAccess() {
  const auth = useAuthStore();
  return {
    can: (permission: PermissionRequirement) => auth.can(permission),
    canAll: (permissions: readonly string[]) => permissions.every((p) => auth.can(p)),
  };
}
