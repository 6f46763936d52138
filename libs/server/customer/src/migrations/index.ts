import { CustomerBaseline1763900004000 } from './1763900004000-customer-baseline';

export const customerMigrations = [CustomerBaseline1763900004000];
