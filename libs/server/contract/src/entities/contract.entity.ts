import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';
import { ContractStatus, OrderReviewState } from '../contract-rules';

/**
 * A contract 合同 (DOMAIN §6). The figures (`subtotal` … `total`, `additionalTerms`, `endDate`) are
 * those of the revision in force: revision 1 until an amendment is approved, then the last approved one.
 */
@Entity('contract')
export class Contract extends BusinessEntity {
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'uuid' }) numberId: string;
  @Column({ type: 'uuid' }) customerId: string;
  @Column({ type: 'uuid', nullable: true }) opportunityId: string | null;
  @Column({ type: 'uuid', nullable: true }) quoteId: string | null;
  /** Dictionary `contract-type`. */
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) status: ContractStatus;
  @Column({ type: 'boolean', default: false }) customOrder: boolean;
  @Column({ type: 'text', nullable: true }) orderReviewState: OrderReviewState | null;
  @Column({ type: 'date', nullable: true }) signingDate: string | null;
  @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Column({ type: 'date', nullable: true }) endDate: string | null;
  @Column({ type: 'uuid', nullable: true }) ourSignerId: string | null;
  @Column({ type: 'text', nullable: true }) customerSigner: string | null;
  /** Dictionary `payment-method`. */
  @Column({ type: 'text', nullable: true }) paymentMethod: string | null;
  @Column({ type: 'text', nullable: true }) paymentTerms: string | null;
  @Column({ type: 'text' }) buyerName: string;
  @Column({ type: 'text', nullable: true }) buyerTaxNumber: string | null;
  @Column({ type: 'text', nullable: true }) buyerBank: string | null;
  @Column({ type: 'text', nullable: true }) buyerBankAccount: string | null;
  @Column({ type: 'text', nullable: true }) buyerAddress: string | null;
  @Column({ type: 'text', nullable: true }) buyerPhone: string | null;
  /** 附加及其他: additional terms, gifts, promises — nothing promised lives outside the contract. */
  @Column({ type: 'text', nullable: true }) additionalTerms: string | null;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: moneyColumnTransformer }) headerDiscountPercent: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) subtotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) discountTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) netTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) taxTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) total: string;
  /** The revision in force. */
  @Column({ type: 'int', default: 1 }) revision: number;
  @Column({ type: 'uuid' }) ownerId: string;
  @Column({ type: 'uuid', nullable: true }) departmentId: string | null;
  /** The last rejection's comment, shown on the draft until it is submitted again. */
  @Column({ type: 'text', nullable: true }) rejectionComment: string | null;
  @Column({ type: 'boolean', default: false }) electronic: boolean;
  @Column({ type: 'timestamptz', nullable: true }) signedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) signedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  /** Why it was declared fulfilled by hand (null when completed by its deliveries). */
  @Column({ type: 'text', nullable: true }) completionReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) terminatedAt: Date | null;
  @Column({ type: 'text', nullable: true }) terminationReason: string | null;
}
