import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, notFound, Principal, ReminderDto, ReminderRegistry } from '@kehu/server-core';
import { OrgDirectory } from '@kehu/server-permissions';
import { dayKeyIn, RulesService, startOfDayIn } from '@kehu/server-settings';
import { DataSource } from 'typeorm';
import { CreatePlanItemDto, ExecutePlanItemDto, PlanItemDto, toPlanItemDto, UpdatePlanItemDto } from './dto/plan-item.dto';
import { PlanItem } from './entities/plan-item.entity';
import { OpportunitiesService } from './opportunities.service';
import { assertOpen } from './opportunity-rules';
import { OpportunityRepository } from './opportunity.repository';

/** Development plans 客户开发计划: dated plan items on an opportunity, each later given its execution result. */
@Injectable()
export class PlanItemsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly rules: RulesService,
    private readonly opportunities: OpportunitiesService,
    private readonly repository: OpportunityRepository,
    private readonly reminders: ReminderRegistry,
    private readonly org: OrgDirectory,
  ) {}

  onModuleInit(): void {
    this.reminders.register({ kind: 'plan-item', remindersFor: (principal, now) => this.dueFor(principal, now) });
  }

  /** Plan against execution, in planned order. */
  async list(principal: Principal, opportunityId: string): Promise<PlanItemDto[]> {
    await this.opportunities.get(principal, opportunityId);
    const today = await this.today();
    return this.toDtos(await this.repository.planItems(opportunityId), today);
  }

  async create(principal: Principal, opportunityId: string, dto: CreatePlanItemDto): Promise<PlanItemDto> {
    const item = await this.db.transaction(async (tx) => {
      const o = await this.opportunities.lockWorkable(tx, principal, opportunityId);
      assertOpen(o.status);
      const executor = dto.executorId ? (await this.opportunities.assertAssignable(tx, principal, dto.executorId, 'executorId')).id : (o.ownerId ?? principal.userId);
      return tx.save(tx.create(PlanItem, { opportunityId, title: dto.title, plannedOn: dto.plannedOn, executorId: executor, result: null, executedOn: null, createdBy: principal.userId }));
    });
    return (await this.toDtos([item], await this.today()))[0];
  }

  async update(principal: Principal, opportunityId: string, itemId: string, dto: UpdatePlanItemDto): Promise<PlanItemDto> {
    const item = await this.db.transaction(async (tx) => {
      const o = await this.opportunities.lockWorkable(tx, principal, opportunityId);
      assertOpen(o.status);
      const found = await tx.findOne(PlanItem, { where: { id: itemId, opportunityId }, lock: { mode: 'pessimistic_write' } });
      if (!found || found.deletedAt) throw notFound('Plan item', itemId);
      if (dto.executorId) found.executorId = (await this.opportunities.assertAssignable(tx, principal, dto.executorId, 'executorId')).id;
      if (dto.title !== undefined) found.title = dto.title;
      if (dto.plannedOn !== undefined) found.plannedOn = dto.plannedOn;
      return tx.save(found);
    });
    return (await this.toDtos([item], await this.today()))[0];
  }

  /** The execution result 执行结果 (and its date): what was done against what was planned. */
  async execute(principal: Principal, opportunityId: string, itemId: string, dto: ExecutePlanItemDto): Promise<PlanItemDto> {
    const today = await this.today();
    const item = await this.db.transaction(async (tx) => {
      await this.opportunities.lockWorkable(tx, principal, opportunityId);
      const found = await tx.findOne(PlanItem, { where: { id: itemId, opportunityId }, lock: { mode: 'pessimistic_write' } });
      if (!found || found.deletedAt) throw notFound('Plan item', itemId);
      found.result = dto.result;
      found.executedOn = dto.executedOn ?? today;
      return tx.save(found);
    });
    return (await this.toDtos([item], today))[0];
  }

  /** `GET /reminders` kind `plan-item`: the caller's items due today or overdue, not executed, on open opportunities. */
  private async dueFor(principal: Principal, now: Date): Promise<ReminderDto[]> {
    const timeZone = await this.rules.get('businessTimeZone');
    const today = dayKeyIn(now, timeZone);
    const rows = await this.repository.duePlanItems(principal.userId, today);
    return rows.map((r) => ({
      kind: 'plan-item',
      subjectType: 'opportunity',
      subjectId: r.opportunity_id,
      title: r.opportunity_title,
      detail: r.title,
      params: null,
      dueAt: startOfDayIn(r.planned_on, timeZone).toISOString(),
      allDay: true,
      overdue: r.planned_on < today,
    }));
  }

  /** The items with their executors' names (plan against execution shows who). */
  private async toDtos(items: PlanItem[], today: string): Promise<PlanItemDto[]> {
    const people = items.length ? await this.org.people([...new Set(items.map((p) => p.executorId))]) : new Map<string, { displayName: string }>();
    return items.map((p) => toPlanItemDto(p, today, people.get(p.executorId)?.displayName ?? null));
  }

  private async today(now: Date = this.clock.now()): Promise<string> {
    return dayKeyIn(now, await this.rules.get('businessTimeZone'));
  }
}
