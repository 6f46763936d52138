import { CoreInit1763900000000 } from './1763900000000-core-init';

export const coreMigrations = [CoreInit1763900000000];
