import { CustomerBaseline1763900004000 } from './1763900004000-customer-baseline';
import { CustomerNameDivisions1764000300000 } from './1764000300000-customer-name-divisions';
import { ContactBirthdayIndex1764000500000 } from './1764000500000-contact-birthday-index';
import { CustomerStoreWrites1764000700000 } from './1764000700000-customer-store-writes';
import { CustomerOwnerHint1764000710000 } from './1764000710000-customer-owner-hint';
import { CustomerStateUpdatedAt1764000720500 } from './1764000720500-customer-state-updated-at';
import { CustomerPinyinKeys1764001100000 } from './1764001100000-customer-pinyin-keys';
import { CustomerDocument1764002010000 } from './1764002010000-customer-document';
import { CustomerPinyinPrefixes1764002100000 } from './1764002100000-customer-pinyin-prefixes';

export const customerMigrations = [
  CustomerBaseline1763900004000,
  CustomerNameDivisions1764000300000,
  ContactBirthdayIndex1764000500000,
  CustomerStoreWrites1764000700000,
  CustomerOwnerHint1764000710000,
  CustomerStateUpdatedAt1764000720500,
  CustomerPinyinKeys1764001100000,
  CustomerDocument1764002010000,
  CustomerPinyinPrefixes1764002100000,
];
