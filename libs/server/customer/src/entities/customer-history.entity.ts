import { NotAudited } from '@kehu/server-core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerEvent, CustomerStatus } from '../lifecycle/customer-status';

/** One change of owner or status of a customer (ownership history, DOMAIN §3). Append-only. */
@NotAudited()
@Entity('customer_history')
export class CustomerHistory {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Insertion order, to order entries written at the same instant. */
  @Column({ type: 'bigint', insert: false, update: false, select: false }) seq: string;
  @Column({ type: 'uuid' }) customerId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text' }) event: CustomerEvent | string;
  @Column({ type: 'uuid', nullable: true }) fromOwnerId: string | null;
  @Column({ type: 'uuid', nullable: true }) toOwnerId: string | null;
  @Column({ type: 'text', nullable: true }) fromStatus: CustomerStatus | null;
  @Column({ type: 'text', nullable: true }) toStatus: CustomerStatus | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'uuid', nullable: true }) approvalId: string | null;
}
