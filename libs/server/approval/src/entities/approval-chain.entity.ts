import { NotAudited } from '@kehu/server-core';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApprovalChainStep } from '../approval-chains';

/**
 * Who approves one subject type, step by step. Audited explicitly (CHAIN_SET) with the subject
 * type as entity id.
 */
@NotAudited()
@Entity('approval_chain')
export class ApprovalChain {
  @PrimaryColumn({ type: 'text' })
  subjectType: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  steps: ApprovalChainStep[];

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
