import { i18n } from '../i18n';

/**
 * A role's name in the UI language: built-in roles (known by code) are translated; a role an
 * administrator created keeps the name they gave it.
 */
export function roleName(role: { code: string; name?: string | null } | string | null | undefined): string {
  if (!role) return '';
  const { code, name } = typeof role === 'string' ? { code: role, name: null } : role;
  const key = `role.builtInNames.${code}`;
  return i18n.global.te(key) ? i18n.global.t(key) : (name ?? code);
}
