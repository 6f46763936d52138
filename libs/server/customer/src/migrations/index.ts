import { CustomerInit1763900004000 } from './1763900004000-customer-init';
import { CustomerSearchIndexes1763900005000 } from './1763900005000-customer-search-indexes';

export const customerMigrations = [CustomerInit1763900004000, CustomerSearchIndexes1763900005000];
