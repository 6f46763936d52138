import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApprovalHandlers, ApprovalRequest, ApprovalService, ApprovalStatus, ApprovalStepStatus, ApprovalSubjectType } from '@kehu/server-approval';
import { addDays, Clock, FieldErrorDto, hasPermission, PageDto, Principal, ReminderDto, ReminderRegistry, toPage } from '@kehu/server-core';
import { addWorkingDaysWithCalendar, RulesService, WorkingCalendar } from '@kehu/server-settings';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CustomerError, CustomerErrorCode } from '../customer.exception';
import { findVisibleCustomer } from '../scope/customer-scope';
import { LifecycleAction } from './customer-lifecycle';
import { protectionReviewRequest } from './protection-review';
import { contactsOf, expiringProtections, pendingProtectionRequests } from './lifecycle.repository';
import { CustomerLifecycleService } from './customer-lifecycle.service';
import { CustomersService } from '../customers/customers.service';
import { DuplicateCheckService } from '../search/duplicate-check.service';
import { CustomerDto } from '../customers/customer.dto';
import { ProtectionReviewItemDto, ReviewQueueQueryDto, RequestExtensionDto, RequestIntentDto } from './lifecycle.dto';
import { Contact } from '../entities/contact.entity';
import { Customer } from '../entities/customer.entity';
import { CustomerStore } from '../storage/customer-store';

/** A contact the reviewer accepts (seed 004, 保护: 客户方联系人的姓名、电话、职务): named, reachable by mobile or phone, with a title. */
export function isCompleteContact(contact: Pick<Contact, 'name' | 'mobile' | 'phone' | 'title'>): boolean {
  return !!contact.name?.trim() && !!(contact.mobile?.trim() || contact.phone?.trim()) && !!contact.title?.trim();
}

/** What a reviewer checks before protecting a customer (DOMAIN §3: name, address, a complete contact). */
export function missingForProtection(customer: Customer, contacts: Contact[]): string[] {
  const missing: string[] = [];
  if (!customer.name?.trim()) missing.push('name');
  if (!customer.address?.trim()) missing.push('address');
  if (!customer.phone?.trim()) missing.push('phone');
  if (!contacts.some(isCompleteContact)) missing.push('contact');
  return missing;
}

/**
 * Why a protection cannot be approved, as field errors: the customer's own gaps, and — without a
 * complete contact — what the most nearly complete one (the primary first) lacks, naming it.
 */
export function protectionGaps(customer: Customer, contacts: Contact[]): FieldErrorDto[] {
  const gaps: FieldErrorDto[] = missingForProtection(customer, contacts)
    .filter((field) => field !== 'contact')
    .map((field) => ({ field, message: 'is required for protection', code: 'required' }));
  if (contacts.some(isCompleteContact)) return gaps;
  const lacks = (c: Contact) => [!(c.mobile?.trim() || c.phone?.trim()) && 'phone', !c.title?.trim() && 'title'].filter((x): x is string => !!x);
  const best = [...contacts].sort((a, b) => lacks(a).length - lacks(b).length || Number(b.isPrimary) - Number(a.isPrimary))[0];
  if (!best) {
    gaps.push({ field: 'contacts', message: 'add a contact with name, mobile or phone, and title (联系人姓名、电话、职务)', code: 'required' });
  } else {
    const what: Record<string, string> = { phone: 'no mobile or phone (电话)', title: 'no title (职务)' };
    for (const field of lacks(best)) gaps.push({ field: `contact.${field}`, message: `${best.name} has ${what[field]}`, code: 'required' });
  }
  return gaps;
}

/** Pending protection reviews the timeout job looks at per transaction. */
const REVIEW_TIMEOUT_BATCH = 100;

/**
 * Protection by approval (DOMAIN §3): the reviewer's check of a new or claimed customer, the
 * manager's approval of POTENTIAL → INTENT and of extensions. Requests go through the generic
 * approvals; their decisions come back here as lifecycle transitions, in the decision's transaction.
 */
@Injectable()
export class ProtectionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly lifecycle: CustomerLifecycleService,
    private readonly customers: CustomersService,
    private readonly approvals: ApprovalService,
    private readonly handlers: ApprovalHandlers,
    private readonly duplicates: DuplicateCheckService,
    private readonly calendar: WorkingCalendar,
    private readonly rules: RulesService,
    private readonly reminders: ReminderRegistry,
  ) {}

  onModuleInit(): void {
    this.handlers.register({
      subjectType: ApprovalSubjectType.CustomerProtection,
      onApproved: async (m, r) => {
        await this.assertProtectable(m, r.subjectId);
        await this.decided(m, r, LifecycleAction.ApproveProtection);
      },
      onRejected: async (m, r) => {
        const releaseAt = await this.calendar.addWorkingDays(this.clock.now(), await this.rules.get('rejectReleaseWorkingDays', m), m);
        await this.decided(m, r, LifecycleAction.RejectProtection, { releaseAt });
      },
    });
    this.handlers.register({
      subjectType: ApprovalSubjectType.CustomerIntent,
      onApproved: (m, r) => this.decided(m, r, LifecycleAction.ApproveIntent),
      onRejected: (m, r) => this.decided(m, r, LifecycleAction.RejectIntent),
      onCancelled: async (m, r) => {
        await CustomerStore.clearPending(m, r.subjectId, 'intent');
      },
    });
    this.handlers.register({
      subjectType: ApprovalSubjectType.CustomerExtension,
      onApproved: (m, r) => this.decided(m, r, LifecycleAction.ApproveExtension, { days: Number(r.payload.days) }),
      onRejected: (m, r) => this.decided(m, r, LifecycleAction.RejectExtension, { days: Number(r.payload.days) }),
      // Withdrawn by the requester: the customer is no longer held for a decision.
      onCancelled: async (m, r) => {
        await CustomerStore.clearPending(m, r.subjectId, 'extension');
      },
    });
    this.reminders.register({ kind: 'protection-expiring', remindersFor: (principal, now) => this.expiringFor(principal, now) });
  }

  /**
   * The review timeout job (seed 004: a protection is reviewed within a few working days): every
   * protection request pending for more than `reviewTimeoutWorkingDays` working days (holiday
   * calendar, business time zone) is rejected by the system with the reason, exactly as a
   * reviewer's rejection — history, reminder, release after `rejectReleaseWorkingDays` — so no
   * entry blocks the customer for everyone else forever. Idempotent.
   */
  async rejectOverdueReviews(): Promise<{ rejected: number }> {
    const now = this.clock.now();
    const days = await this.rules.get('reviewTimeoutWorkingDays');
    // N working days are at least N calendar days: nothing submitted since `now - N days` can be due.
    const candidates = await pendingProtectionRequests(this.db.manager, addDays(now, -days));
    if (!candidates.length) return { rejected: 0 };
    const calendar = await this.calendar.calendarFrom(candidates[0].created_at);
    const due = candidates.filter((r) => addWorkingDaysWithCalendar(r.created_at, days, calendar).getTime() <= now.getTime()).map((r) => r.id);
    const reason = `审核超时自动驳回：超过 ${days} 个工作日未审核 (reviewTimeoutWorkingDays)`;
    let rejected = 0;
    for (let i = 0; i < due.length; i += REVIEW_TIMEOUT_BATCH) {
      rejected += await this.db.transaction(async (tx) => {
        let n = 0;
        for (const id of due.slice(i, i + REVIEW_TIMEOUT_BATCH)) {
          // Decided (or withdrawn) since it was read: nothing left to reject.
          if (!(await tx.exists(ApprovalRequest, { where: { id, status: ApprovalStatus.Pending } }))) continue;
          await this.approvals.rejectBySystem(tx, id, reason);
          n++;
        }
        return n;
      });
    }
    return { rejected };
  }

  /** Opens the reviewer's check of a customer just claimed; call in the same transaction. */
  async submitForReview(manager: EntityManager, customer: Customer, principal: Principal): Promise<void> {
    await this.approvals.submit(manager, protectionReviewRequest(customer), principal);
  }

  async requestIntent(principal: Principal, id: string, dto: RequestIntentDto): Promise<CustomerDto> {
    await this.db.transaction(async (tx) => {
      const customer = await findVisibleCustomer(tx, principal, id, true);
      await this.lifecycle.apply(tx, customer, LifecycleAction.RequestIntent, this.asActor(principal, { reason: dto.reason }));
      await this.approvals.submit(
        tx,
        { subjectType: ApprovalSubjectType.CustomerIntent, subjectId: id, subjectTitle: customer.name, reason: dto.reason, payload: { code: customer.code } },
        principal,
      );
    });
    return this.customers.get(principal, id);
  }

  async requestExtension(principal: Principal, id: string, dto: RequestExtensionDto): Promise<CustomerDto> {
    await this.db.transaction(async (tx) => {
      const customer = await findVisibleCustomer(tx, principal, id, true);
      const protectionUntil = customer.protectionUntil?.toISOString() ?? null;
      await this.lifecycle.apply(tx, customer, LifecycleAction.RequestExtension, this.asActor(principal, { reason: dto.reason, days: dto.days }));
      await this.approvals.submit(
        tx,
        {
          subjectType: ApprovalSubjectType.CustomerExtension,
          subjectId: id,
          subjectTitle: customer.name,
          reason: dto.reason,
          payload: { code: customer.code, days: dto.days, status: customer.status, protectionUntil },
        },
        principal,
      );
    });
    return this.customers.get(principal, id);
  }

  /**
   * The reviewer's queue: protection requests awaiting my decision, each with what the review
   * checks — missing fields and the customers it may duplicate.
   */
  async reviewQueue(principal: Principal, query: ReviewQueueQueryDto): Promise<PageDto<ProtectionReviewItemDto>> {
    const page = await this.approvals.list(principal, { ...query, status: 'pending', subjectType: ApprovalSubjectType.CustomerProtection });
    const ids = page.items.map((a) => a.subjectId);
    const [rows, contacts] = await Promise.all([
      this.db.getRepository(Customer).findBy({ id: In(ids) }),
      contactsOf(this.db.manager, ids),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const dtos = new Map((await this.customers.toDtos(rows)).map((d) => [d.id, d]));
    const items: ProtectionReviewItemDto[] = [];
    for (const approval of page.items) {
      const customer = byId.get(approval.subjectId);
      if (!customer) continue;
      const candidates = [...(await this.duplicates.find(principal, customer.name)), ...(await this.duplicates.find(principal, customer.phone))];
      // A hit outside the reviewer's scope has no id: it is told apart by its name (unique among live customers).
      const key = (c: { id: string | null; name: string }) => c.id ?? `name:${c.name}`;
      const seen = new Set<string>([customer.id, `name:${customer.name}`]);
      items.push({
        approvalId: approval.id,
        requesterName: approval.requesterName,
        submittedAt: approval.createdAt,
        customer: dtos.get(customer.id) as CustomerDto,
        contactCount: contacts.filter((k) => k.customerId === customer.id).length,
        missing: missingForProtection(customer, contacts.filter((k) => k.customerId === customer.id)),
        duplicates: candidates.filter((c) => !seen.has(key(c)) && seen.add(key(c))).slice(0, 5),
      });
    }
    return toPage(items, page.total, query);
  }

  /** My POTENTIAL and INTENT customers whose protection ends within `remindDaysBeforeExpiry` days, and rejected ones. */
  private async expiringFor(principal: Principal, now: Date): Promise<ReminderDto[]> {
    const days = await this.rules.get('remindDaysBeforeExpiry');
    const rows = await expiringProtections(this.db.manager, principal.userId, addDays(now, days));
    return rows.map((c) => ({
      kind: 'protection-expiring',
      subjectType: 'customer',
      subjectId: c.id,
      title: c.name,
      detail: c.reviewState === 'REJECTED' ? `审核未通过：${c.rejectionReason ?? ''}` : c.status,
      params: c.reviewState === 'REJECTED' ? { phrase: 'protectionRejected', rejectionReason: c.rejectionReason ?? '' } : null,
      dueAt: (c.protectionUntil as Date).toISOString(),
      allDay: false,
      overdue: (c.protectionUntil as Date) <= now,
    }));
  }

  /** Refuses the approval of a protection the customer is not ready for (409 `protection-incomplete`, `errors` naming what is missing). */
  private async assertProtectable(manager: EntityManager, customerId: string): Promise<void> {
    const customer = await this.lifecycle.lock(manager, customerId);
    const contacts = await manager.find(Contact, { where: { customerId, deletedAt: IsNull() }, order: { isPrimary: 'DESC', createdAt: 'ASC' } });
    const gaps = protectionGaps(customer, contacts);
    if (gaps.length) {
      throw new CustomerError(CustomerErrorCode.ProtectionIncomplete, `${customer.name}: ${gaps.map((g) => `${g.field} ${g.message}`).join('; ')}`, { errors: gaps });
    }
  }

  private asActor(principal: Principal, extra: { reason?: string | null; days?: number }) {
    return { actorId: principal.userId, actsForOwners: hasPermission(principal, 'customer:transfer'), ...extra };
  }

  private async decided(manager: EntityManager, request: ApprovalRequest, action: LifecycleAction, extra: { releaseAt?: Date; days?: number } = {}): Promise<void> {
    const customer = await this.lifecycle.lock(manager, request.subjectId);
    const decisive = [...(request.steps ?? [])].reverse().find((s) => s.status === ApprovalStepStatus.Approved || s.status === ApprovalStepStatus.Rejected);
    await this.lifecycle.apply(manager, customer, action, {
      actorId: decisive?.decidedBy ?? null,
      approvalId: request.id,
      reason: decisive?.comment ?? request.reason,
      ...extra,
    });
  }
}
