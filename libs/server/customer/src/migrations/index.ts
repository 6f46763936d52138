import { CustomerInit1763900004000 } from './1763900004000-customer-init';
import { CustomerSearchIndexes1763900005000 } from './1763900005000-customer-search-indexes';
import { CustomerIndexTuning1763900006000 } from './1763900006000-customer-index-tuning';
import { CustomerLifecycle1763900007000 } from './1763900007000-customer-lifecycle';
import { CustomerIntentPending1763900008000 } from './1763900008000-customer-intent-pending';
import { CustomerAutovacuum1763900009000 } from './1763900009000-customer-autovacuum';
import { CustomerCoveringListIndexes1763900010000 } from './1763900010000-customer-covering-list-indexes';
import { CustomerPoolIndex1763900011000 } from './1763900011000-customer-pool-index';
import { CustomerPhoneSuffixIndex1763900012000 } from './1763900012000-customer-phone-suffix-index';
import { ChurnAlertSortIndexes1763900016000 } from './1763900016000-churn-alert-sort-indexes';
import { CustomerOwnerIndexesOwnedOnly1763900017000 } from './1763900017000-customer-owner-indexes-owned-only';
import { CustomerOwnerProtectionIndex1763900018000 } from './1763900018000-customer-owner-protection-index';
import { CustomerProtectionSortIndex1763900019000 } from './1763900019000-customer-protection-sort-index';
import { CustomerContactSortIndexes1763900020000 } from './1763900020000-customer-contact-sort-indexes';
import { CustomerPoolFilterIndexes1763900021000 } from './1763900021000-customer-pool-filter-indexes';
import { CustomerStateSplit1763900022000 } from './1763900022000-customer-state-split';

export const customerMigrations = [
  CustomerInit1763900004000,
  CustomerSearchIndexes1763900005000,
  CustomerIndexTuning1763900006000,
  CustomerLifecycle1763900007000,
  CustomerIntentPending1763900008000,
  CustomerAutovacuum1763900009000,
  CustomerCoveringListIndexes1763900010000,
  CustomerPoolIndex1763900011000,
  CustomerPhoneSuffixIndex1763900012000,
  ChurnAlertSortIndexes1763900016000,
  CustomerOwnerIndexesOwnedOnly1763900017000,
  CustomerOwnerProtectionIndex1763900018000,
  CustomerProtectionSortIndex1763900019000,
  CustomerContactSortIndexes1763900020000,
  CustomerPoolFilterIndexes1763900021000,
  CustomerStateSplit1763900022000,
];
