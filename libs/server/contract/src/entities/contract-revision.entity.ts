import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';
import { RevisionStatus } from '../contract-rules';

/**
 * One version of a contract's commercial content: revision 1 is the contract as drafted and
 * approved; each amendment 变更 is the next revision, approved on its own. Kept forever.
 */
@Entity('contract_revision')
export class ContractRevision extends BusinessEntity {
  @Column({ type: 'uuid' }) contractId: string;
  @Column({ type: 'int' }) revision: number;
  @Column({ type: 'text' }) status: RevisionStatus;
  /** Why the amendment was made (null for revision 1). */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'text', nullable: true }) additionalTerms: string | null;
  @Column({ type: 'date', nullable: true }) endDate: string | null;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: moneyColumnTransformer }) headerDiscountPercent: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) subtotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) discountTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) netTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) taxTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) total: string;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  /** The rejecting approver's comment of a REJECTED amendment. */
  @Column({ type: 'text', nullable: true }) decisionComment: string | null;
}
