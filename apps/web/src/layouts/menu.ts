import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { PermissionRequirement } from '../stores/auth';

export interface MenuEntry {
  name: string;
  path: string;
  titleKey: string;
  icon?: Component;
  children?: MenuEntry[];
}

function join(base: string, path: string): string {
  if (path.startsWith('/')) return path;
  const joined = `${base.replace(/\/$/, '')}/${path}`;
  return joined === '' ? '/' : joined.replace(/\/$/, '') || '/';
}

/**
 * The sidebar built from route records: only named routes with a `titleKey`, only those the user
 * may use; a group whose children are all hidden is hidden too.
 */
export function buildMenu(
  records: readonly RouteRecordRaw[],
  can: (permission: PermissionRequirement) => boolean,
  base = '/',
): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const record of records) {
    const meta = record.meta ?? {};
    if (meta.hideInMenu || !meta.titleKey || typeof record.name !== 'string') continue;
    if (!can(meta.permission)) continue;
    const path = join(base, record.path);
    const entry: MenuEntry = { name: record.name, path, titleKey: meta.titleKey, icon: meta.icon };
    if (record.children?.length) {
      entry.children = buildMenu(record.children, can, path);
      if (entry.children.length === 0) continue;
    }
    entries.push(entry);
  }
  return entries;
}
