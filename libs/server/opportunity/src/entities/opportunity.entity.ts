import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

export enum OpportunityStatus {
  /** Nobody works it yet: listed to the sales managers whose scope covers its department. */
  Unassigned = 'UNASSIGNED',
  Assigned = 'ASSIGNED',
  Won = 'WON',
  Lost = 'LOST',
}

/** A sales opportunity 销售机会 (DOMAIN §4): with an existing customer or a named prospect. */
@Entity('opportunity')
export class Opportunity extends BusinessEntity {
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'uuid', nullable: true }) customerId: string | null;
  @Column({ type: 'text', nullable: true }) prospectCompany: string | null;
  @Column({ type: 'text', nullable: true }) prospectContact: string | null;
  @Column({ type: 'text', nullable: true }) prospectPhone: string | null;
  @Column({ type: 'text', nullable: true }) source: string | null;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ type: 'text', nullable: true }) contactName: string | null;
  @Column({ type: 'text', nullable: true }) contactPhone: string | null;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) expectedAmount: string;
  @Column({ type: 'smallint' }) probability: number;
  @Column({ type: 'date', nullable: true }) expectedCloseDate: string | null;
  @Column({ type: 'text' }) stage: string;
  @Column({ type: 'text' }) status: OpportunityStatus;
  @Column({ type: 'uuid', nullable: true }) ownerId: string | null;
  @Column({ type: 'uuid', nullable: true }) departmentId: string | null;
  @Column({ type: 'timestamptz' }) stageChangedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) closedBy: string | null;
  @Column({ type: 'text', nullable: true }) lossReason: string | null;
  @Column({ type: 'text', nullable: true }) lossNote: string | null;
}
