import { PermissionsInit1763900001000 } from './1763900001000-permissions-init';
import { PrincipalsChangedNotification1763900013000 } from './1763900013000-principals-changed-notification';
import { ApiKeysChangedNotification1763900015000 } from './1763900015000-api-keys-changed-notification';

export const permissionsMigrations = [PermissionsInit1763900001000, PrincipalsChangedNotification1763900013000, ApiKeysChangedNotification1763900015000];
