import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApprovalDto, ApprovalHandlers, ApprovalRequest, ApprovalService, ApprovalStepStatus, ApprovalSubjectType } from '@kehu/server-approval';
import { money, Principal, RequestValidationError } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerLifecycleService } from './customer-lifecycle.service';
import { findVisibleCustomer } from '../scope/customer-scope';
import { CustomerEvent } from './customer-status';
import { CustomersService } from '../customers/customers.service';
import { RequestTermsChangeDto } from './terms-change.dto';
import { CustomerStore } from '../storage/customer-store';

/** The agreed terms a change request may set (the customer's columns of the same names). */
export interface AgreedTerms {
  discountPercent?: string | null;
  settlementTerms?: string | null;
}

/** What a `customer.terms-change` request carries in its payload: the change asked for, and the terms when it was asked. */
interface TermsChangePayload {
  code: string;
  change: AgreedTerms;
  before: { discountPercent: string | null; settlementTerms: string | null };
}

const TERMS = ['discountPercent', 'settlementTerms'] as const;

/** "折扣 95.00 → 92.50；结算方式 月结30天 → 月结60天": the history's reason for an applied change. */
function describeChange(before: TermsChangePayload['before'], change: AgreedTerms): string {
  const label = { discountPercent: '折扣', settlementTerms: '结算方式' };
  return TERMS.filter((k) => k in change)
    .map((k) => `${label[k]} ${before[k] ?? '—'} → ${change[k] ?? '—'}`)
    .join('；');
}

/**
 * Discount and settlement terms 折扣/结算方式 (DOMAIN §1, §6; seed 000 A2.2 折扣、结算变更): never edited
 * directly (PATCH refuses the fields); a change is requested with a reason, approved along the
 * chain `customer.terms-change` (department manager, then finance), and applied by this module's
 * handler in the final decision's transaction, with a `TERMS_CHANGED` history entry.
 */
@Injectable()
export class CustomerTermsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly approvals: ApprovalService,
    private readonly handlers: ApprovalHandlers,
    private readonly lifecycle: CustomerLifecycleService,
    private readonly customers: CustomersService,
  ) {}

  onModuleInit(): void {
    this.handlers.register({
      subjectType: ApprovalSubjectType.CustomerTermsChange,
      onApproved: (manager, request) => this.apply(manager, request),
      // Nothing was changed while the request waited: a rejection or withdrawal leaves the terms as they are.
      onRejected: async () => undefined,
    });
  }

  /** Asks for a change of a customer's agreed terms (POST /customers/{id}/terms-change); 409 while one is pending. */
  async request(principal: Principal, id: string, dto: RequestTermsChangeDto): Promise<ApprovalDto> {
    const requestId = await this.db.transaction(async (tx) => {
      const customer = await findVisibleCustomer(tx, principal, id, true);
      const before = { discountPercent: customer.discountPercent, settlementTerms: customer.settlementTerms };
      const change: AgreedTerms = {};
      if (dto.discountPercent !== undefined) {
        const value = dto.discountPercent === null ? null : money.format(dto.discountPercent);
        if (value !== before.discountPercent) change.discountPercent = value;
      }
      if (dto.settlementTerms !== undefined && dto.settlementTerms !== before.settlementTerms) change.settlementTerms = dto.settlementTerms;
      if (!Object.keys(change).length) {
        const field = dto.settlementTerms !== undefined && dto.discountPercent === undefined ? 'settlementTerms' : 'discountPercent';
        throw new RequestValidationError([{ field, message: 'give a discountPercent or settlementTerms different from the current terms', code: 'required' }]);
      }
      const payload: TermsChangePayload = { code: customer.code, change, before };
      const request = await this.approvals.submit(
        tx,
        { subjectType: ApprovalSubjectType.CustomerTermsChange, subjectId: id, subjectTitle: customer.name, reason: dto.reason, payload: payload as unknown as Record<string, unknown> },
        principal,
      );
      return request.id;
    });
    return this.approvals.get(principal, requestId);
  }

  /** The approved change, applied to the customer as it is now (the request holds its only pending change). */
  private async apply(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const { change, before } = request.payload as unknown as TermsChangePayload;
    const customer = await this.lifecycle.lock(manager, request.subjectId);
    const applied: AgreedTerms = {};
    for (const key of TERMS) if (key in change) applied[key] = change[key] ?? null;
    await CustomerStore.update(manager, customer, applied);
    const decisive = [...(request.steps ?? [])].reverse().find((s) => s.status === ApprovalStepStatus.Approved);
    await this.customers.recordHistory(manager, customer.id, decisive?.decidedBy ? { userId: decisive.decidedBy } : null, {
      event: CustomerEvent.TermsChanged,
      reason: describeChange(before, change),
      approvalId: request.id,
    });
  }
}
