import { CustomerInit1763900004000 } from './1763900004000-customer-init';

export const customerMigrations = [CustomerInit1763900004000];
