import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';
import { QuoteStatus } from '../quote-rules';

export enum QuoteApprovalState {
  Pending = 'PENDING',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
}

/** A quote 报价单: numbered, revised as new rows under the same number (the sent versions stay as they were). */
@Entity('quote')
export class Quote extends BusinessEntity {
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'int' }) revision: number;
  @Column({ type: 'uuid' }) opportunityId: string;
  @Column({ type: 'text' }) status: QuoteStatus;
  @Column({ type: 'date' }) validUntil: string;
  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: moneyColumnTransformer }) headerDiscountPercent: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) subtotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) discountTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) netTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) taxTotal: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) total: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'text', nullable: true }) approvalState: QuoteApprovalState | null;
  @Column({ type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) supersededById: string | null;
  /** The signed contract made from this quote (issue 21): set when the contract is signed. */
  @Column({ type: 'uuid', nullable: true }) contractId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) contractedAt: Date | null;
}
