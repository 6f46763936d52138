import { CoreBaseline1763900000000 } from './1763900000000-core-baseline';

export const coreMigrations = [CoreBaseline1763900000000];
