import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';
import { CustomerStatus, PoolReason, ReviewState } from '../lifecycle/customer-status';

/** The customer record, centre of the CRM (DOMAIN §1). */
@Entity('customer')
export class Customer extends BusinessEntity {
  @Column({ type: 'text' }) code: string;
  /** Full legal name, e.g. 靖江市春意空调有限公司. */
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) shortName: string | null;
  /** Duplicate-check key (company-name.ts), unique among live customers. */
  @Column({ type: 'text' }) normalizedName: string;
  /** Normalised name, short name, code and phone digits, for trigram search. */
  @Column({ type: 'text' }) searchText: string;
  /** Character bigrams of the normalised names, for two-character queries. */
  @Column({ type: 'text', array: true }) nameBigrams: string[];
  /** Full pinyin and initials from every syllable on, of every spelling of the name (without legal form) and short name (pinyin-keys.ts), for pinyin search. */
  @Column({ type: 'text', default: '' }) pinyinKeys: string;
  @Column({ type: 'uuid', nullable: true }) categoryId: string | null;
  @Column({ type: 'text', nullable: true }) grade: string | null;
  @Column({ type: 'text', nullable: true }) level: string | null;
  @Column({ type: 'text' }) industry: string;
  @Column({ type: 'text', nullable: true }) region: string | null;
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) phone: string;
  @Column({ type: 'text', nullable: true }) normalizedPhone: string | null;
  @Column({ type: 'text', nullable: true }) fax: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) website: string | null;
  @Column({ type: 'text', nullable: true }) source: string | null;
  @Column({ type: 'smallint', nullable: true }) creditRating: number | null;
  @Column({ type: 'smallint', nullable: true }) satisfaction: number | null;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text', nullable: true }) legalRepresentative: string | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: moneyColumnTransformer }) registeredCapital: string | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true, transformer: moneyColumnTransformer }) annualTurnover: string | null;
  @Column({ type: 'text', nullable: true }) bank: string | null;
  @Column({ type: 'text', nullable: true }) bankAccount: string | null;
  @Column({ type: 'text', nullable: true }) taxNumber: string | null;
  /** Agreed discount in percent of list price; changed only through an approval (DOMAIN §6). */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true }) discountPercent: string | null;
  /** Agreed settlement terms; changed only through an approval (DOMAIN §6). */
  @Column({ type: 'text', nullable: true }) settlementTerms: string | null;
  @Column({ type: 'uuid', nullable: true }) ownerId: string | null;
  /** The last owner assigned, left stale by a release: only the search's scope prefilter reads it (storage/customer-store.ts writes it). */
  @Column({ type: 'uuid', nullable: true }) ownerHint: string | null;
  @Column({ type: 'uuid', nullable: true }) departmentId: string | null;
  @Column({ type: 'text', default: CustomerStatus.Potential }) status: CustomerStatus;
  /** End of protection (POTENTIAL, INTENT), or of the grace period after a rejected review. */
  @Column({ type: 'timestamptz', nullable: true }) protectionUntil: Date | null;
  // Lifecycle columns: customer-lifecycle.ts is their only writer.
  @Column({ type: 'text', nullable: true }) reviewState: ReviewState | null;
  @Column({ type: 'text', nullable: true }) rejectionReason: string | null;
  @Column({ type: 'int', default: 0 }) extensionsUsed: number;
  @Column({ type: 'boolean', default: false }) extensionPending: boolean;
  @Column({ type: 'boolean', default: false }) intentPending: boolean;
  @Column({ type: 'timestamptz', nullable: true }) poolEnteredAt: Date | null;
  @Column({ type: 'text', nullable: true }) poolReason: PoolReason | null;
  @Column({ type: 'uuid', nullable: true }) previousOwnerId: string | null;
  @Column({ type: 'uuid', nullable: true }) abandonedById: string | null;
  @Column({ type: 'timestamptz', nullable: true }) abandonedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) afterSalesOwnerId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) formalSince: Date | null;
  @Column({ type: 'text', nullable: true }) externalId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) lastContactAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) nextContactAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) lastDealAt: Date | null;
  /**
   * When the reclaim job last changed the lifecycle columns (set-based, without the profile, so
   * `updatedAt` stays the profile's): the customer's change time is the later of the two
   * (`changedAt`). Written by that job only.
   */
  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false }) stateUpdatedAt: Date | null;
  /** Set when this record was merged into another (the survivor). */
  @Column({ type: 'uuid', nullable: true }) mergedIntoId: string | null;
}
