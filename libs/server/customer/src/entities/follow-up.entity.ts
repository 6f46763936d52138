import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** A follow-up record (跟进记录, DOMAIN §2). */
@Entity('follow_up')
export class FollowUp extends BusinessEntity {
  @Column({ type: 'uuid' }) customerId: string;
  @Column({ type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ type: 'text' }) method: string;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'text', nullable: true }) place: string | null;
  @Column({ type: 'text' }) summary: string;
  @Column({ type: 'text', nullable: true }) details: string | null;
  /** A 商谈成功 … E 连续观察 (dictionary follow-up-result). */
  @Column({ type: 'text', nullable: true }) result: string | null;
  @Column({ type: 'timestamptz', nullable: true }) nextContactAt: Date | null;
  /** Who recorded it. */
  @Column({ type: 'uuid' }) ownerId: string;
}
