import { CustomerBaseline1763900004000 } from './1763900004000-customer-baseline';
import { CustomerStoreWrites1764000700000 } from './1764000700000-customer-store-writes';
import { CustomerOwnerHint1764000710000 } from './1764000710000-customer-owner-hint';

export const customerMigrations = [CustomerBaseline1763900004000, CustomerStoreWrites1764000700000, CustomerOwnerHint1764000710000];
