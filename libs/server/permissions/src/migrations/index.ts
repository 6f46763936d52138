import { PermissionsInit1763900001000 } from './1763900001000-permissions-init';

export const permissionsMigrations = [PermissionsInit1763900001000];
