import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, hasPermission, notFound, PageDto, Principal, ReminderDto, ReminderRegistry, toPage, writeAudit } from '@kehu/server-core';
import { OrgDirectory } from '@kehu/server-permissions';
import { RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager, In } from 'typeorm';
import { CustomerError, CustomerErrorCode } from '../customer.exception';
import { LifecycleAction } from '../lifecycle/customer-lifecycle';
import { CustomerLifecycleService } from '../lifecycle/customer-lifecycle.service';
import { CUSTOMER_COUNT_CAP } from '../customers/customers.service';
import { ChurnAlertDto, ChurnAlertQueryDto, ConfirmChurnDto, DeferChurnDto } from './churn.dto';
import { ACTIVE_ALERT_STATUSES, ChurnRepository } from './churn.repository';
import { ChurnAlert, ChurnAlertStatus, ChurnMeasure } from '../entities/churn-alert.entity';

/**
 * Churn 客户流失 (DOMAIN §10): a FORMAL customer without a new contract or order for
 * `churnMonths` raises an alert; its owner defers it with retention measures or confirms the
 * loss (LOST). A new contract resolves it (CustomerLifecycleService.markFormal).
 */
@Injectable()
export class ChurnService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly lifecycle: CustomerLifecycleService,
    private readonly rules: RulesService,
    private readonly org: OrgDirectory,
    private readonly reminders: ReminderRegistry,
    private readonly alerts: ChurnRepository,
  ) {}

  onModuleInit(): void {
    this.reminders.register({ kind: 'churn-alert', remindersFor: (principal, now) => this.openFor(principal, now) });
  }

  /**
   * The churn job: one alert per FORMAL customer whose last deal (or becoming FORMAL) is
   * `churnMonths` ago or more, unless one is already open or deferred. Set-based, idempotent.
   */
  async raiseDue(): Promise<{ raised: number }> {
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const months = await this.rules.get('churnMonths', tx);
      const raised = await this.alerts.raiseDue(tx, now, months);
      await writeAudit(tx, {
        action: 'RAISE',
        entityType: 'ChurnAlert',
        entityId: null,
        after: { job: 'churn-alerts', raised, churnMonths: months, at: now.toISOString() },
        actorId: null,
        actorName: 'system',
      });
      return { raised };
    });
  }

  async list(principal: Principal, query: ChurnAlertQueryDto): Promise<PageDto<ChurnAlertDto>> {
    const { rows, total } = await this.alerts.page(principal, query);
    return toPage(await this.toDtos(rows), total, query, { cap: CUSTOMER_COUNT_CAP });
  }

  async get(principal: Principal, id: string): Promise<ChurnAlertDto> {
    return (await this.toDtos([await this.findVisible(this.db.manager, principal, id)]))[0];
  }

  /** 暂缓流失: the owner records a retention measure; further measures may be added while it stays deferred. */
  async defer(principal: Principal, id: string, dto: DeferChurnDto): Promise<ChurnAlertDto> {
    await this.db.transaction(async (tx) => {
      const alert = await this.findVisible(tx, principal, id, true);
      this.assertActive(alert);
      await this.assertOwner(tx, principal, alert);
      alert.status = ChurnAlertStatus.Deferred;
      await tx.save(alert);
      await tx.insert(ChurnMeasure, { alertId: id, at: this.clock.now(), authorId: principal.userId, text: dto.measure });
    });
    return this.get(principal, id);
  }

  /** 确认流失: the customer is LOST, with the reason. */
  async confirm(principal: Principal, id: string, dto: ConfirmChurnDto): Promise<ChurnAlertDto> {
    await this.db.transaction(async (tx) => {
      const alert = await this.findVisible(tx, principal, id, true);
      this.assertActive(alert);
      const customer = await this.lifecycle.lock(tx, alert.customerId);
      await this.lifecycle.apply(tx, customer, LifecycleAction.ConfirmLoss, {
        actorId: principal.userId,
        actsForOwners: hasPermission(principal, 'customer:transfer'),
        reason: dto.reason,
      });
      Object.assign(alert, { status: ChurnAlertStatus.Confirmed, lossReason: dto.reason, closedAt: this.clock.now(), closedBy: principal.userId });
      await tx.save(alert);
    });
    return this.get(principal, id);
  }

  private async findVisible(manager: EntityManager, principal: Principal, id: string, lock = false): Promise<ChurnAlert> {
    const alert = await this.alerts.findVisible(manager, principal, id, lock);
    if (!alert) throw notFound('Churn alert', id);
    return alert;
  }

  private assertActive(alert: ChurnAlert): void {
    if (!ACTIVE_ALERT_STATUSES.includes(alert.status)) {
      throw new CustomerError(CustomerErrorCode.ChurnAlertClosed, `The alert is ${alert.status}`, { currentStatus: alert.status });
    }
  }

  /** The customer's owner handles its alert; managers who may transfer customers may act for them. */
  private async assertOwner(manager: EntityManager, principal: Principal, alert: ChurnAlert): Promise<void> {
    if (hasPermission(principal, 'customer:transfer')) return;
    if ((await this.alerts.ownerOf(manager, alert.customerId)) !== principal.userId) throw new CustomerError(CustomerErrorCode.NotOwner);
  }

  /** Open alerts of the caller's customers, oldest first (ChurnRepository.openOf says how they are read). */
  private async openFor(principal: Principal, now: Date): Promise<ReminderDto[]> {
    const rows = await this.alerts.openOf(principal.userId);
    return rows.map((r) => ({
      kind: 'churn-alert',
      subjectType: 'churn-alert',
      subjectId: r.id,
      title: r.name,
      detail: r.last_deal_at ? `最近成交 ${r.last_deal_at.toISOString().slice(0, 10)}` : null,
      params: r.last_deal_at ? { phrase: 'lastDeal', lastDealOn: r.last_deal_at.toISOString().slice(0, 10) } : null,
      dueAt: r.raised_at.toISOString(),
      allDay: false,
      overdue: r.raised_at.getTime() < now.getTime(),
    }));
  }

  private async toDtos(rows: ChurnAlert[]): Promise<ChurnAlertDto[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const [measures, customers] = await Promise.all([
      this.db.getRepository(ChurnMeasure).find({ where: { alertId: In(ids) }, order: { at: 'ASC' } }),
      this.alerts.customers(rows.map((r) => r.customerId)),
    ]);
    const customerById = new Map(customers.map((c) => [c.id, c]));
    const people = await this.org.people(
      [...rows.flatMap((r) => [r.closedBy]), ...customers.map((c) => c.owner_id), ...measures.map((m) => m.authorId)].filter((x): x is string => !!x),
    );
    const name = (id: string | null) => (id ? (people.get(id)?.displayName ?? null) : null);
    const now = this.clock.now();
    return rows.map((a) => {
      const customer = customerById.get(a.customerId);
      return {
        id: a.id,
        customerId: a.customerId,
        customerName: customer?.name ?? '',
        customerCode: customer?.code ?? '',
        customerStatus: customer?.status ?? '',
        ownerId: customer?.owner_id ?? null,
        ownerName: name(customer?.owner_id ?? null),
        raisedAt: a.raisedAt.toISOString(),
        lastDealAt: a.lastDealAt?.toISOString() ?? null,
        daysWithoutDeal: a.lastDealAt ? Math.floor((now.getTime() - a.lastDealAt.getTime()) / 86_400_000) : null,
        status: a.status,
        measures: measures.filter((m) => m.alertId === a.id).map((m) => ({ at: m.at.toISOString(), authorName: name(m.authorId), text: m.text })),
        lossReason: a.lossReason,
        closedAt: a.closedAt?.toISOString() ?? null,
        closedByName: name(a.closedBy),
        version: a.version,
      };
    });
  }
}
