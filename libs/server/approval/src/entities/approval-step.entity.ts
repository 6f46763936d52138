import { NotAudited } from '@kehu/server-core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApproverKind } from '../approval-chains';

export enum ApprovalStepStatus {
  /** Not reached yet. */
  Waiting = 'WAITING',
  /** Awaiting its approvers. */
  Pending = 'PENDING',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
  /** Not needed: skipped by the domain's handler at submission, or left when the request closed early. */
  Skipped = 'SKIPPED',
}

/**
 * One step of a request, copied from the chain at submission. Decisions are audited as
 * APPROVE / REJECT on the request, so the step rows themselves are not.
 */
@NotAudited()
@Entity('approval_step')
export class ApprovalStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @Column({ type: 'int' })
  index: number;

  @Column({ type: 'text' })
  approverKind: ApproverKind;

  @Column({ type: 'text', nullable: true })
  roleCode: string | null;

  /**
   * Users who may decide, fixed at submission: the department manager for DEPARTMENT_MANAGER
   * steps (or the fallback approvers). Empty for ROLE steps, whose approvers are the role's
   * members at decision time, unless the role had no members at submission (then the fallback).
   */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  resolvedApproverIds: string[];

  @Column({ type: 'text' })
  status: ApprovalStepStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
