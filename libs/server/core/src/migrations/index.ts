import { CoreInit1763900000000 } from './1763900000000-core-init';
import { NotifyCacheChanged1763900012500 } from './1763900012500-notify-cache-changed';

export const coreMigrations = [CoreInit1763900000000, NotifyCacheChanged1763900012500];
