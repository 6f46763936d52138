import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';
import { PaymentKind, PaymentStatus } from '../receivable-rules';

/** A payment 回款记录, or the reversal of one (a negative counter-entry). Confirmed entries never change. */
@Entity('payment')
export class Payment extends BusinessEntity {
  @Column({ type: 'uuid' }) contractId: string;
  /** The instalment the payer meant; null: allocated to the oldest open instalments on confirmation. */
  @Column({ type: 'uuid', nullable: true }) instalmentId: string | null;
  @Column({ type: 'text' }) kind: PaymentKind;
  @Column({ type: 'text' }) status: PaymentStatus;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) amount: string;
  @Column({ type: 'date' }) paidOn: string;
  /** Dictionary `payment-method` (bank transfer, cash, cheque, acceptance bill…). */
  @Column({ type: 'text' }) method: string;
  @Column({ type: 'text', nullable: true }) payerAccount: string | null;
  /** 经手人. */
  @Column({ type: 'uuid', nullable: true }) handlerId: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** The bank slip, a core stored file. */
  @Column({ type: 'uuid', nullable: true }) attachmentFileId: string | null;
  @Column({ type: 'uuid', nullable: true }) reversesId: string | null;
  /** Why it was rejected, or (on a reversal) why the payment was reversed. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
}
