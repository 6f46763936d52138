import { CustomerBaseline1763900004000 } from './1763900004000-customer-baseline';
import { CustomerStoreWrites1764000700000 } from './1764000700000-customer-store-writes';

export const customerMigrations = [CustomerBaseline1763900004000, CustomerStoreWrites1764000700000];
