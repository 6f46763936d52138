import { PermissionsBaseline1763900001000 } from './1763900001000-permissions-baseline';
import { SessionsAndLoginThrottle1764000100000 } from './1764000100000-sessions-and-login-throttle';

export const permissionsMigrations = [PermissionsBaseline1763900001000, SessionsAndLoginThrottle1764000100000];
