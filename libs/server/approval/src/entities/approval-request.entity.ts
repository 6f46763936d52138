import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';
import type { ApprovalStep } from './approval-step.entity';

export enum ApprovalStatus {
  Pending = 'PENDING',
  Approved = 'APPROVED',
  Rejected = 'REJECTED',
  Cancelled = 'CANCELLED',
}

/**
 * One request for approval of a domain record (the subject), e.g. a customer's extension. At
 * most one PENDING request per subject. Handlers receive it with `steps` loaded.
 */
@Entity('approval_request')
export class ApprovalRequest extends BusinessEntity {
  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** Shown in the inbox, e.g. the customer's name. */
  @Column({ type: 'text' })
  subjectTitle: string;

  @Column({ type: 'uuid' })
  requesterId: string;

  @Column({ type: 'uuid', nullable: true })
  requesterDepartmentId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** What the domain needs to apply the decision (e.g. `{ days: 10 }`), shown to approvers. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Column({ type: 'text' })
  status: ApprovalStatus;

  /** Index of the step awaiting a decision (of the last decided step once closed). */
  @Column({ type: 'int', default: 0 })
  currentStep: number;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Not a column: filled by the service (in index order) before a handler is called. */
  steps?: ApprovalStep[];
}
