import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApprovalHandlers, ApprovalRequest, ApprovalService, ApprovalStepStatus, ApprovalSubjectType } from '@kehu/server-approval';
import { addDays, Clock, hasPermission, PageDto, Principal, ReminderDto, ReminderRegistry, toPage } from '@kehu/server-core';
import { RulesService, WorkingCalendar } from '@kehu/server-settings';
import { DataSource, EntityManager, In } from 'typeorm';
import { findVisibleCustomer } from './customer-scope';
import { LifecycleAction } from './customer-lifecycle';
import { protectionReviewRequest } from './protection-review';
import { CustomerLifecycleService } from './customer-lifecycle.service';
import { CustomersService } from './customers.service';
import { DuplicateCheckService } from './duplicate-check.service';
import { CustomerDto } from './dto/customer.dto';
import { ProtectionReviewItemDto, ReviewQueueQueryDto, RequestExtensionDto, RequestIntentDto } from './dto/lifecycle.dto';
import { Contact } from './entities/contact.entity';
import { Customer } from './entities/customer.entity';
import { CustomerStore } from './storage/customer-store';

/** What a reviewer checks before protecting a customer (DOMAIN §3: name, address, contact). */
export function missingForProtection(customer: Customer, contacts: Contact[]): string[] {
  const missing: string[] = [];
  if (!customer.name?.trim()) missing.push('name');
  if (!customer.address?.trim()) missing.push('address');
  if (!customer.phone?.trim()) missing.push('phone');
  if (!contacts.some((c) => c.mobile?.trim() || c.phone?.trim())) missing.push('contact');
  return missing;
}

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
      onApproved: (m, r) => this.decided(m, r, LifecycleAction.ApproveProtection),
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
      this.db.getRepository(Contact).createQueryBuilder('k').where('k.customer_id IN (:...ids) AND k.deleted_at IS NULL', { ids: ids.length ? ids : [null] }).getMany(),
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
    const rows = await this.db
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where(`c.deleted_at IS NULL AND c.owner_id = :me AND c.status IN ('POTENTIAL','INTENT')`, { me: principal.userId })
      // A rejection is news at once: the owner reads the reason and has the grace period to fix it.
      .andWhere(`(c.protection_until <= :until OR c.review_state = 'REJECTED')`, { until: addDays(now, days) })
      .orderBy('c.protection_until')
      .limit(200)
      .getMany();
    return rows.map((c) => ({
      kind: 'protection-expiring',
      subjectType: 'customer',
      subjectId: c.id,
      title: c.name,
      detail: c.reviewState === 'REJECTED' ? `审核未通过：${c.rejectionReason ?? ''}` : c.status,
      dueAt: (c.protectionUntil as Date).toISOString(),
      overdue: (c.protectionUntil as Date) <= now,
    }));
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
