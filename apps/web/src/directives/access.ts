import type { App, Directive } from 'vue';
import { useAuthStore, type PermissionRequirement } from '../stores/auth';

/**
 * `v-access="'user:write'"` (or an array: any of them) removes the element when the user lacks the
 * permission, so controls the user may not use are never shown.
 */
export const vAccess: Directive<HTMLElement, PermissionRequirement> = {
  mounted(el, binding) {
    if (!useAuthStore().can(binding.value)) el.parentNode?.removeChild(el);
  },
};

export function installAccessDirective(app: App): void {
  app.directive('access', vAccess);
}
