import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ChurnAlertStatus {
  /** Raised by the churn job, waiting for the owner. */
  Open = 'OPEN',
  /** The owner is trying to keep the customer (暂缓流失) and records measures. */
  Deferred = 'DEFERRED',
  /** The owner confirmed the loss (确认流失): the customer is LOST. */
  Confirmed = 'CONFIRMED',
  /** A new contract came in: the customer is kept. */
  Resolved = 'RESOLVED',
}

/** A FORMAL customer without a new deal for `churnMonths` (DOMAIN §10). */
@Entity('churn_alert')
export class ChurnAlert extends BusinessEntity {
  @Column({ type: 'uuid' }) customerId: string;
  @Column({ type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ type: 'uuid', nullable: true }) departmentId: string | null;
  @Column({ type: 'timestamptz' }) raisedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) lastDealAt: Date | null;
  @Column({ type: 'text' }) status: ChurnAlertStatus;
  @Column({ type: 'text', nullable: true }) lossReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) closedBy: string | null;
}

/** One retention measure recorded on a deferred alert; append-only. */
@Entity('churn_measure')
export class ChurnMeasure {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) alertId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) text: string;
}
