import { Injectable, Provider } from '@nestjs/common';

/** A label the role editor shows in either language. */
export interface LocalizedName {
  en: string;
  zh: string;
}

/** `resource:action`, e.g. `customer:read`. Which codes exist is decided at boot by the registry. */
export type PermissionCode = `${string}:${string}`;

export interface PermissionDefinition {
  code: PermissionCode;
  name: LocalizedName;
}

/** A heading of the role editor; several modules may add permissions under the same heading. */
export interface PermissionGroupDefinition {
  code: string;
  name: LocalizedName;
  /** Where the heading stands among headings (ascending). */
  order: number;
}

/** What one module contributes to one group of the catalogue. */
export interface PermissionSet {
  group: PermissionGroupDefinition;
  /** Where this set stands among the sets of the same group (ascending); ties keep registration order. */
  order?: number;
  permissions: readonly PermissionDefinition[];
}

/** One heading of the catalogue as `GET /permissions` answers it. */
export interface PermissionGroup {
  code: string;
  name: LocalizedName;
  permissions: Array<{ code: string; name: LocalizedName }>;
}

/**
 * The permission catalogue, assembled at boot from what each module registers
 * (`registerPermissions(...)` in its providers), so a new domain never edits the kernel.
 * The role editor, role validation and the built-in roles all read it from here.
 */
@Injectable()
export class PermissionRegistry {
  private readonly sets: PermissionSet[] = [];
  private readonly known = new Map<string, string>();
  private readonly groupDefinitions = new Map<string, PermissionGroupDefinition>();

  register(...sets: PermissionSet[]): void {
    for (const set of sets) {
      const group = this.groupDefinitions.get(set.group.code);
      if (group && (group.order !== set.group.order || group.name.en !== set.group.name.en || group.name.zh !== set.group.name.zh)) {
        throw new Error(`Permission group ${set.group.code} is declared twice with different names or order`);
      }
      for (const p of set.permissions) {
        const owner = this.known.get(p.code);
        if (owner !== undefined) throw new Error(`Permission ${p.code} is registered twice (groups ${owner} and ${set.group.code})`);
      }
      for (const p of set.permissions) this.known.set(p.code, set.group.code);
      this.groupDefinitions.set(set.group.code, set.group);
      this.sets.push(set);
    }
  }

  has(code: string): boolean {
    return this.known.has(code);
  }

  /** Every registered code, in catalogue order. */
  codes(): string[] {
    return this.groups().flatMap((g) => g.permissions.map((p) => p.code));
  }

  /** The catalogue: groups by their order, each group's sets by theirs. */
  groups(): PermissionGroup[] {
    const groups = [...this.groupDefinitions.values()].sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
    return groups.map((group) => ({
      code: group.code,
      name: { ...group.name },
      permissions: this.sets
        .map((set, index) => ({ set, index }))
        .filter(({ set }) => set.group.code === group.code)
        .sort((a, b) => (a.set.order ?? 0) - (b.set.order ?? 0) || a.index - b.index)
        .flatMap(({ set }) => set.permissions.map((p) => ({ code: p.code, name: { ...p.name } }))),
    }));
  }
}

/**
 * The provider a module lists to put its permissions into the catalogue:
 * `providers: [registerPermissions(CUSTOMER_PERMISSIONS)]`. It runs while Nest instantiates
 * providers, so the catalogue is complete before any module's init hooks or seeders read it.
 */
export function registerPermissions(...sets: PermissionSet[]): Provider {
  return {
    provide: Symbol(`permissions:${sets.map((s) => s.group.code).join(',')}`),
    useFactory: (registry: PermissionRegistry) => {
      registry.register(...sets);
      return sets;
    },
    inject: [PermissionRegistry],
  };
}

/**
 * The heading of administration permissions. Declared here because several modules contribute
 * to it (the kernel, users and roles, settings, approvals).
 */
export const SYSTEM_PERMISSION_GROUP: PermissionGroupDefinition = { code: 'system', name: { en: 'System', zh: '系统管理' }, order: 0 };
