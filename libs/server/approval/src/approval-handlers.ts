import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApprovalChainStep } from './approval-chains';
import type { ApprovalRequest } from './entities/approval-request.entity';

/** What a domain submitted, as its handler sees it when deciding which chain steps apply. */
export interface ApprovalSubmission {
  subjectType: string;
  subjectId: string;
  subjectTitle: string;
  reason?: string | null;
  payload?: Record<string, unknown>;
}

/**
 * Implemented by the domain that owns a subject type: applies the final decision to its record.
 * Called inside the decision's transaction (same `manager`): if it throws, the decision is
 * rolled back and the error is the answer. `request.steps` is loaded; the rejecting step's
 * `comment` is the approver's reason.
 *
 * Register in the domain module's onModuleInit: `handlers.register(this)`.
 */
export interface ApprovalHandler {
  readonly subjectType: string;
  onApproved(manager: EntityManager, request: ApprovalRequest): Promise<void>;
  onRejected(manager: EntityManager, request: ApprovalRequest): Promise<void>;
  /** A pending request was cancelled (by its requester or by the domain). */
  onCancelled?(manager: EntityManager, request: ApprovalRequest): Promise<void>;
  /**
   * At submission: true to skip a chain step for this request, e.g. the contract domain
   * skipping finance below the amount and discount thresholds (DOMAIN §6).
   */
  skipStep?(manager: EntityManager, step: ApprovalChainStep & { index: number }, submission: ApprovalSubmission): Promise<boolean> | boolean;
}

/** Which module applies decisions of which subject type. One handler per subject type. */
@Injectable()
export class ApprovalHandlers {
  private readonly handlers = new Map<string, ApprovalHandler>();

  register(handler: ApprovalHandler): void {
    if (this.handlers.has(handler.subjectType)) throw new Error(`Approval handler for ${handler.subjectType} registered twice`);
    this.handlers.set(handler.subjectType, handler);
  }

  get(subjectType: string): ApprovalHandler | undefined {
    return this.handlers.get(subjectType);
  }

  subjectTypes(): string[] {
    return [...this.handlers.keys()];
  }
}
