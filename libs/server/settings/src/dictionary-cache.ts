import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DatabaseNotifications, NotifiedCache } from '@kehu/server-core';

/** A live (not deleted) item of a dictionary, as domains check and show it. */
export interface CachedDictionaryItem {
  code: string;
  label: string;
  labelEn: string | null;
  enabled: boolean;
}

/**
 * The items of each dictionary, by list code: every customer write checks several codes against
 * them and the duplicate check strips the legal forms they list, one query each before. Emptied by
 * any change to a list or its items (triggers of the settings baseline migration on `kehu_dictionaries`;
 * DictionariesService through `afterCommit`).
 */
@Injectable()
export class DictionaryCache extends NotifiedCache<CachedDictionaryItem[]> implements OnModuleInit {
  constructor(notifications: DatabaseNotifications, clock: Clock) {
    super(notifications, clock, 'kehu_dictionaries');
  }

  onModuleInit(): Promise<void> {
    return this.listen();
  }
}
