// The customer domain's public surface: its module, the facade other domains call, and the types they
// need. Everything else is private: other domains reference `customer_profile(id)` and call the facade.
export { CustomerModule } from './customer.module';
export { CustomerFacade, type CustomerSummary, type DuplicateWarning, type NewCustomer } from './customer.facade';
export type { SignedContract } from './lifecycle/customer-lifecycle.service';
export { CustomerStatus } from './lifecycle/customer-status';
export { customerMigrations } from './migrations';
