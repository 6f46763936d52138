import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Authorized } from './authorized.decorator';
import { AuthorizedPermissionsCheck } from './authorized-permissions.check';
import { PermissionRegistry, PermissionSet, registerPermissions, SYSTEM_PERMISSION_GROUP } from './permission-registry';

const sales = { code: 'sales', name: { en: 'Sales', zh: '销售' }, order: 30 };
const customer = { code: 'customer', name: { en: 'Customers', zh: '客户' }, order: 20 };
const name = (en: string) => ({ en, zh: en });

describe('the permission registry', () => {
  it('assembles groups by their order and each group from its sets in their order', () => {
    const registry = new PermissionRegistry();
    registry.register(
      { group: sales, permissions: [{ code: 'contract:read', name: name('View contracts') }] },
      { group: SYSTEM_PERMISSION_GROUP, order: 30, permissions: [{ code: 'audit:read', name: name('Audit') }] },
      { group: customer, permissions: [{ code: 'customer:read', name: name('View') }, { code: 'customer:write', name: name('Edit') }] },
      { group: SYSTEM_PERMISSION_GROUP, order: 10, permissions: [{ code: 'user:read', name: name('Users') }] },
    );
    expect(registry.groups().map((g) => [g.code, g.permissions.map((p) => p.code)])).toEqual([
      ['system', ['user:read', 'audit:read']],
      ['customer', ['customer:read', 'customer:write']],
      ['sales', ['contract:read']],
    ]);
    expect(registry.codes()).toEqual(['user:read', 'audit:read', 'customer:read', 'customer:write', 'contract:read']);
    expect(registry.has('customer:write')).toBe(true);
    expect(registry.has('customer:launch')).toBe(false);
    expect(registry.groups()[1].name).toEqual({ en: 'Customers', zh: '客户' });
  });

  it('refuses a code registered twice and a group declared two ways', () => {
    const registry = new PermissionRegistry();
    registry.register({ group: customer, permissions: [{ code: 'customer:read', name: name('View') }] });
    expect(() => registry.register({ group: sales, permissions: [{ code: 'customer:read', name: name('Again') }] })).toThrow(/customer:read is registered twice/);
    expect(() => registry.register({ group: { ...customer, order: 99 }, permissions: [] })).toThrow(/group customer/);
    // A refused set leaves nothing behind.
    expect(registry.codes()).toEqual(['customer:read']);
  });

  describe('at boot', () => {
    const probeSet: PermissionSet = { group: customer, permissions: [{ code: 'probe:read', name: name('Probe') }] };

    @Controller('probe')
    class ProbeController {
      @Get()
      @Authorized('probe:read')
      read() {
        return 'ok';
      }

      @Get('typo')
      @Authorized('prbe:read')
      typo() {
        return 'never';
      }
    }

    async function boot(providers: Parameters<typeof Test.createTestingModule>[0]['providers']) {
      @Module({ imports: [DiscoveryModule], controllers: [ProbeController], providers: [PermissionRegistry, AuthorizedPermissionsCheck, ...(providers ?? [])] })
      class ProbeModule {}
      const moduleRef = await Test.createTestingModule({ imports: [ProbeModule] }).compile();
      return moduleRef.init();
    }

    it('collects what modules register through their providers', async () => {
      const sets = [probeSet, { group: sales, permissions: [{ code: 'prbe:read' as const, name: name('Typo kept on purpose') }] }];
      const app = await boot([registerPermissions(...sets)]);
      expect(app.get(PermissionRegistry).codes()).toEqual(['probe:read', 'prbe:read']);
      await app.close();
    });

    it('refuses to start when an @Authorized names a permission nobody registered', async () => {
      await expect(boot([registerPermissions(probeSet)])).rejects.toThrow(/ProbeController\.typo: prbe:read/);
    });
  });
});
