import { PermissionsBaseline1763900001000 } from './1763900001000-permissions-baseline';

export const permissionsMigrations = [PermissionsBaseline1763900001000];
