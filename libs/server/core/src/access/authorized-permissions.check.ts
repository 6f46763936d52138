import { Injectable, OnModuleInit, Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PERMISSION_KEY } from './authorized.decorator';
import { PermissionRegistry } from './permission-registry';

/**
 * Refuses to boot when an `@Authorized(...)` names a permission no module registered: such a
 * route could be granted to nobody, and a typo would otherwise surface as a 403 in production.
 * (Codes are plain strings since modules register them at boot, so the compiler cannot check.)
 */
@Injectable()
export class AuthorizedPermissionsCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly registry: PermissionRegistry,
  ) {}

  onModuleInit(): void {
    const unknown: string[] = [];
    for (const controller of this.discovery.getControllers()) {
      const type = controller.metatype as Type<unknown> | null;
      if (!type) continue;
      const prototype = type.prototype as Record<string, unknown>;
      const targets: Array<[string, Type<unknown> | ((...args: unknown[]) => unknown)]> = [[controller.name, type]];
      for (const method of this.scanner.getAllMethodNames(prototype)) targets.push([`${controller.name}.${method}`, prototype[method] as (...args: unknown[]) => unknown]);
      for (const [where, target] of targets) {
        const permission: string | null | undefined = this.reflector.get(PERMISSION_KEY, target);
        if (permission && !this.registry.has(permission)) unknown.push(`${where}: ${permission}`);
      }
    }
    if (unknown.length) {
      throw new Error(`@Authorized names permissions no module registered (add them with registerPermissions): ${unknown.join('; ')}`);
    }
  }
}
