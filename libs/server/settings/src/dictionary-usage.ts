import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Implemented by a domain that stores dictionary codes (customers store industry, region…), so
 * an item in use cannot be deleted (DOMAIN §13). Register it in the domain module's
 * onModuleInit: `usage.register(new CustomerDictionaryUsage())`.
 */
export interface DictionaryUsageChecker {
  /** Dictionary types whose codes this domain stores (e.g. ['industry', 'region']). */
  readonly typeCodes: readonly string[];
  /**
   * Where item `itemCode` of `typeCode` is used, e.g. "12 customers", or null when unused.
   * Runs inside the delete's transaction.
   */
  findUsage(manager: EntityManager, typeCode: string, itemCode: string): Promise<string | null>;
}

/** The registry every domain adds its checker to; the dictionary asks all of them before a delete. */
@Injectable()
export class DictionaryUsageRegistry {
  private readonly checkers: DictionaryUsageChecker[] = [];

  register(checker: DictionaryUsageChecker): void {
    this.checkers.push(checker);
  }

  /** Every place the item is used (empty when nothing uses it). */
  async usagesOf(manager: EntityManager, typeCode: string, itemCode: string): Promise<string[]> {
    const found: string[] = [];
    for (const checker of this.checkers) {
      if (!checker.typeCodes.includes(typeCode)) continue;
      const usage = await checker.findUsage(manager, typeCode, itemCode);
      if (usage) found.push(usage);
    }
    return found;
  }
}
