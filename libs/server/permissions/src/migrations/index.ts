import { PermissionsBaseline1763900001000 } from './1763900001000-permissions-baseline';
import { SessionsAndLoginThrottle1764000100000 } from './1764000100000-sessions-and-login-throttle';
import { PrincipalProfile1764001000000 } from './1764001000000-principal-profile';

export const permissionsMigrations = [PermissionsBaseline1763900001000, SessionsAndLoginThrottle1764000100000, PrincipalProfile1764001000000];
