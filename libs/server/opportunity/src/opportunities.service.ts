import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, hasPermission, money, notFound, PageDto, Principal, RequestValidationError, toPage } from '@kehu/server-core';
import { CustomerFacade } from '@kehu/server-customer';
import { OrgDirectory } from '@kehu/server-permissions';
import { DictionariesService, DictionaryCode } from '@kehu/server-settings';
import { DataSource, EntityManager } from 'typeorm';
import {
  AssignOpportunityDto,
  ChangeStageDto,
  CreatedOpportunityDto,
  CreateOpportunityDto,
  LoseOpportunityDto,
  OpportunityDto,
  OpportunityKanbanDto,
  OpportunityKanbanQueryDto,
  OpportunityQueryDto,
  ReopenOpportunityDto,
  StageChangeDto,
  StageDefinitionDto,
  toOpportunityDto,
  UpdateOpportunityDto,
  WinOpportunityDto,
} from './dto/opportunity.dto';
import { Opportunity, OpportunityStatus } from './entities/opportunity.entity';
import { OpportunityStageChange } from './entities/opportunity-stage-change.entity';
import { OpportunityStageSetting } from './entities/opportunity-stage-setting.entity';
import { OpportunityError, OpportunityErrorCode } from './opportunity.exception';
import { assertOpen, assertStageMove, DEFAULT_STAGE_PROBABILITY, FIRST_STAGE, isClosed, LOST_STAGE, StageDefinition, WON_STAGE } from './opportunity-rules';
import { OPPORTUNITY_COUNT_CAP, OpportunityRepository } from './opportunity.repository';

/** Sales opportunities (DOMAIN §4): entered, assigned, moved along the stages, won or lost. */
@Injectable()
export class OpportunitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly opportunities: OpportunityRepository,
    private readonly customers: CustomerFacade,
    private readonly dictionaries: DictionariesService,
    private readonly org: OrgDirectory,
  ) {}

  /** The stages of the `opportunity-stage` dictionary (enabled, in its order) with their default probabilities. */
  async stages(tx: EntityManager = this.db.manager): Promise<StageDefinition[]> {
    const [dictionary, settings] = await Promise.all([this.dictionaries.get(DictionaryCode.OpportunityStage, true), this.opportunities.stageSettings(tx)]);
    const set = new Map(settings.map((s) => [s.stage, s.probability]));
    return dictionary.items.map((item) => ({
      code: item.code,
      label: item.label,
      labelEn: item.labelEn,
      probability: set.get(item.code) ?? DEFAULT_STAGE_PROBABILITY[item.code] ?? 0,
      open: item.code !== WON_STAGE && item.code !== LOST_STAGE,
    }));
  }

  async setStageProbability(principal: Principal, stage: string, probability: number): Promise<StageDefinitionDto> {
    await this.db.transaction(async (tx) => {
      if (!(await this.stages(tx)).some((s) => s.code === stage)) throw notFound('Opportunity stage', stage);
      await tx.save(tx.create(OpportunityStageSetting, { stage, probability, updatedAt: this.clock.now(), updatedBy: principal.userId }));
    });
    return (await this.stages()).find((s) => s.code === stage) as StageDefinitionDto;
  }

  async list(principal: Principal, query: OpportunityQueryDto): Promise<PageDto<OpportunityDto>> {
    const { rows, total } = await this.opportunities.page(principal, query);
    return toPage(await this.toDtos(principal, rows), total, query, { cap: OPPORTUNITY_COUNT_CAP });
  }

  /** The kanban: a column per open stage with its count, Σ amount and first cards (scope and filters applied). */
  async kanban(principal: Principal, query: OpportunityKanbanQueryDto): Promise<OpportunityKanbanDto> {
    const open = (await this.stages()).filter((s) => s.open);
    const { perStage = 20, ...filter } = query;
    const { totals, cards } = await this.opportunities.kanban(
      principal,
      open.map((s) => s.code),
      filter,
      perStage,
    );
    const dtos = await this.toDtos(principal, cards);
    return {
      columns: open.map((s) => {
        const total = totals.find((t) => t.stage === s.code);
        return {
          stage: s.code,
          label: s.label,
          labelEn: s.labelEn,
          probability: s.probability,
          count: total?.n ?? 0,
          amount: money.format(total?.amount ?? '0'),
          items: dtos.filter((d) => d.stage === s.code),
        };
      }),
    };
  }

  async get(principal: Principal, id: string): Promise<OpportunityDto> {
    const o = await this.opportunities.findVisible(this.db.manager, principal, id);
    if (!o) throw notFound('Opportunity', id);
    return (await this.toDtos(principal, [o]))[0];
  }

  async history(principal: Principal, id: string): Promise<StageChangeDto[]> {
    await this.get(principal, id);
    const rows = await this.opportunities.history(id);
    const people = await this.org.people([...new Set(rows.map((h) => h.changedBy).filter((u): u is string => !!u))]);
    return rows.map((h) => ({
      fromStage: h.fromStage,
      toStage: h.toStage,
      changedBy: h.changedBy,
      changedByName: h.changedBy ? (people.get(h.changedBy)?.displayName ?? null) : null,
      changedAt: h.changedAt.toISOString(),
      note: h.note,
    }));
  }

  async create(principal: Principal, dto: CreateOpportunityDto): Promise<CreatedOpportunityDto> {
    const id = await this.db.transaction(async (tx) => {
      await this.assertParty(tx, principal, dto);
      await this.dictionaries.assertValid(DictionaryCode.OpportunitySource, dto.source, 'source', tx);
      assertNotNegative(dto.expectedAmount, 'expectedAmount');
      const stages = await this.stages(tx);
      const stage = stages.find((s) => s.code === (dto.stage ?? FIRST_STAGE) && s.open);
      if (!stage) throw new RequestValidationError([{ field: 'stage', message: `must be an open stage: ${stages.filter((s) => s.open).map((s) => s.code).join(', ')}`, code: 'isStage' }]);
      const owner = await this.ownerFor(tx, principal, dto.ownerId);
      const now = this.clock.now();
      const o = await tx.save(
        tx.create(Opportunity, {
          title: dto.title,
          customerId: dto.customerId ?? null,
          prospectCompany: dto.customerId ? null : dto.prospect!.company,
          prospectContact: dto.customerId ? null : dto.prospect!.contactName,
          prospectPhone: dto.customerId ? null : dto.prospect!.phone,
          source: dto.source ?? null,
          summary: dto.summary ?? null,
          contactName: dto.contactName ?? (dto.customerId ? null : dto.prospect!.contactName),
          contactPhone: dto.contactPhone ?? (dto.customerId ? null : dto.prospect!.phone),
          expectedAmount: dto.expectedAmount ?? '0.00',
          probability: dto.probability ?? stage.probability,
          expectedCloseDate: dto.expectedCloseDate ?? null,
          stage: stage.code,
          status: owner.id ? OpportunityStatus.Assigned : OpportunityStatus.Unassigned,
          ownerId: owner.id,
          departmentId: owner.departmentId,
          stageChangedAt: now,
          // From the clock, like every other instant of the opportunity: the funnel's cycle days subtract the two.
          createdAt: now,
          createdBy: principal.userId,
        }),
      );
      await this.recordStage(tx, o.id, null, stage.code, principal, 'created');
      return o.id;
    });
    const warnings = dto.prospect && !dto.customerId ? await this.customers.duplicateWarnings(principal, { name: dto.prospect.company, phone: dto.prospect.phone }) : [];
    return { ...(await this.get(principal, id)), duplicateWarnings: warnings };
  }

  async update(principal: Principal, id: string, dto: UpdateOpportunityDto, ifMatch?: string): Promise<OpportunityDto> {
    await this.db.transaction(async (tx) => {
      const o = await this.lockWorkable(tx, principal, id);
      assertVersionMatches(o.version, ifMatch);
      assertOpen(o.status);
      await this.dictionaries.assertValid(DictionaryCode.OpportunitySource, dto.source, 'source', tx);
      assertNotNegative(dto.expectedAmount, 'expectedAmount');
      const sent = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
      await tx.save(Object.assign(o, sent));
    });
    return this.get(principal, id);
  }

  async changeStage(principal: Principal, id: string, dto: ChangeStageDto): Promise<OpportunityDto> {
    await this.db.transaction(async (tx) => {
      const o = await this.lockWorkable(tx, principal, id);
      assertOpen(o.status);
      const stages = await this.stages(tx);
      if (o.stage === dto.stage) return;
      assertStageMove(stages, o.stage, dto.stage);
      const target = stages.find((s) => s.code === dto.stage)!;
      await this.recordStage(tx, o.id, o.stage, target.code, principal, dto.note ?? null);
      await tx.save(Object.assign(o, { stage: target.code, probability: dto.probability ?? target.probability, stageChangedAt: this.clock.now() }));
    });
    return this.get(principal, id);
  }

  /** A sales manager gives the opportunity to a rep of a department inside the manager's data scope. */
  async assign(principal: Principal, id: string, dto: AssignOpportunityDto): Promise<OpportunityDto> {
    await this.db.transaction(async (tx) => {
      const o = await this.opportunities.findVisible(tx, principal, id, true);
      if (!o) throw notFound('Opportunity', id);
      assertOpen(o.status);
      const assignee = await this.assertAssignable(tx, principal, dto.ownerId, 'ownerId');
      await tx.save(Object.assign(o, { ownerId: assignee.id, departmentId: assignee.departmentId, status: OpportunityStatus.Assigned }));
    });
    return this.get(principal, id);
  }

  /**
   * Won (DOMAIN §4): a prospect becomes a customer through the customer domain (duplicate refusal,
   * protection review, like any new customer), and the customer becomes at least INTENT through its
   * lifecycle — all in this one transaction, so a refusal anywhere leaves nothing written.
   */
  async win(principal: Principal, id: string, dto: WinOpportunityDto): Promise<OpportunityDto> {
    await this.db.transaction(async (tx) => {
      const o = await this.lockWorkable(tx, principal, id);
      assertOpen(o.status);
      assertNotNegative(dto.amount, 'amount');
      if (!o.customerId) {
        if (!dto.customer) {
          throw new RequestValidationError([{ field: 'customer', message: 'the prospect becomes a customer: give its address and industry', code: 'required' }]);
        }
        o.customerId = await this.customers.createCustomer(tx, principal, {
          name: o.prospectCompany as string,
          phone: o.prospectPhone as string,
          address: dto.customer.address,
          industry: dto.customer.industry,
          description: dto.customer.description ?? o.summary ?? o.title,
          ownerId: o.ownerId ?? undefined,
        });
      }
      await this.customers.ensureAtLeastIntent(tx, o.customerId, principal.userId, `opportunity won: ${o.title}`);
      const won = (await this.stages(tx)).find((s) => s.code === WON_STAGE);
      await this.recordStage(tx, o.id, o.stage, WON_STAGE, principal, 'won');
      const now = this.clock.now();
      await tx.save(
        Object.assign(o, {
          stage: WON_STAGE,
          status: OpportunityStatus.Won,
          probability: won?.probability ?? 100,
          expectedAmount: dto.amount ? money.format(dto.amount) : o.expectedAmount,
          stageChangedAt: now,
          closedAt: now,
          closedBy: principal.userId,
        }),
      );
    });
    return this.get(principal, id);
  }

  async lose(principal: Principal, id: string, dto: LoseOpportunityDto): Promise<OpportunityDto> {
    await this.db.transaction(async (tx) => {
      const o = await this.lockWorkable(tx, principal, id);
      assertOpen(o.status);
      await this.dictionaries.assertValid(DictionaryCode.LossReason, dto.reason, 'reason', tx);
      const lost = (await this.stages(tx)).find((s) => s.code === LOST_STAGE);
      await this.recordStage(tx, o.id, o.stage, LOST_STAGE, principal, dto.note ?? dto.reason);
      const now = this.clock.now();
      await tx.save(
        Object.assign(o, {
          stage: LOST_STAGE,
          status: OpportunityStatus.Lost,
          probability: lost?.probability ?? 0,
          lossReason: dto.reason,
          lossNote: dto.note ?? null,
          stageChangedAt: now,
          closedAt: now,
          closedBy: principal.userId,
        }),
      );
    });
    return this.get(principal, id);
  }

  /** Won and lost are final; a sales manager may reopen one, with a reason (audited, and in the stage history). */
  async reopen(principal: Principal, id: string, dto: ReopenOpportunityDto): Promise<OpportunityDto> {
    await this.db.transaction(async (tx) => {
      const o = await this.opportunities.findVisible(tx, principal, id, true);
      if (!o) throw notFound('Opportunity', id);
      if (!isClosed(o.status)) throw new OpportunityError(OpportunityErrorCode.NotClosed);
      const stage = (await this.stages(tx)).find((s) => s.code === dto.stage && s.open);
      if (!stage) throw new RequestValidationError([{ field: 'stage', message: 'must be an open stage', code: 'isStage' }]);
      await this.recordStage(tx, o.id, o.stage, stage.code, principal, `reopened: ${dto.reason}`);
      await tx.save(
        Object.assign(o, {
          stage: stage.code,
          status: o.ownerId ? OpportunityStatus.Assigned : OpportunityStatus.Unassigned,
          probability: stage.probability,
          stageChangedAt: this.clock.now(),
          closedAt: null,
          closedBy: null,
          lossReason: null,
          lossNote: null,
        }),
      );
    });
    return this.get(principal, id);
  }

  /** The opportunity, row-locked, if the caller may see it and work it: its owner, or a sales manager (opportunity:assign). */
  async lockWorkable(tx: EntityManager, principal: Principal, id: string): Promise<Opportunity> {
    const o = await this.opportunities.findVisible(tx, principal, id, true);
    if (!o) throw notFound('Opportunity', id);
    if (o.ownerId !== principal.userId && !hasPermission(principal, 'opportunity:assign')) throw new OpportunityError(OpportunityErrorCode.NotOwner);
    return o;
  }

  /** A user the caller may give work to: one of a department inside the caller's data scope (ALL: anyone). */
  async assertAssignable(tx: EntityManager, principal: Principal, userId: string, field: string): Promise<{ id: string; departmentId: string | null }> {
    const person = (await this.org.people([userId], tx)).get(userId);
    if (!person) throw new RequestValidationError([{ field, message: 'no such user', code: 'exists' }]);
    const inScope = principal.scopeDepartmentIds === null || (person.departmentId !== null && principal.scopeDepartmentIds.includes(person.departmentId));
    if (!inScope && person.id !== principal.userId) {
      throw new OpportunityError(OpportunityErrorCode.AssigneeOutsideDepartment, `${person.displayName} is not in a department you manage`, {
        errors: [{ field, message: 'is outside the departments you manage', code: 'department' }],
      });
    }
    return { id: person.id, departmentId: person.departmentId };
  }

  private async ownerFor(tx: EntityManager, principal: Principal, ownerId: string | null | undefined): Promise<{ id: string | null; departmentId: string | null }> {
    if (ownerId === undefined || ownerId === principal.userId) return { id: principal.userId, departmentId: principal.departmentId };
    if (!hasPermission(principal, 'opportunity:assign')) {
      throw new RequestValidationError([{ field: 'ownerId', message: 'choosing another owner, or none, needs opportunity:assign', code: 'permission' }]);
    }
    // Unassigned: in the caller's department's queue.
    if (ownerId === null) return { id: null, departmentId: principal.departmentId };
    return this.assertAssignable(tx, principal, ownerId, 'ownerId');
  }

  /** Exactly one of an existing customer in the caller's scope or a named prospect. */
  private async assertParty(tx: EntityManager, principal: Principal, dto: CreateOpportunityDto): Promise<void> {
    if (dto.customerId && dto.prospect) throw new RequestValidationError([{ field: 'prospect', message: 'give a customerId or a prospect, not both', code: 'exclusive' }]);
    if (!dto.customerId && !dto.prospect) throw new RequestValidationError([{ field: 'customerId', message: 'give a customerId or a prospect', code: 'required' }]);
    if (dto.customerId && !(await this.customers.visibleSummaries(principal, [dto.customerId], tx)).has(dto.customerId)) {
      throw new RequestValidationError([{ field: 'customerId', message: 'no such customer in your scope', code: 'exists' }]);
    }
  }

  private async recordStage(tx: EntityManager, opportunityId: string, from: string | null, to: string, principal: Principal, note: string | null): Promise<void> {
    await tx.save(tx.create(OpportunityStageChange, { opportunityId, fromStage: from, toStage: to, changedBy: principal.userId, changedAt: this.clock.now(), note }));
  }

  private async toDtos(principal: Principal, rows: Opportunity[]): Promise<OpportunityDto[]> {
    const ids = [...new Set(rows.map((r) => r.customerId).filter((c): c is string => !!c))];
    const ownerIds = [...new Set(rows.map((r) => r.ownerId).filter((c): c is string => !!c))];
    const [names, owners] = await Promise.all([
      ids.length ? this.customers.visibleSummaries(principal, ids) : new Map<string, { name: string }>(),
      ownerIds.length ? this.org.people(ownerIds) : new Map<string, { displayName: string }>(),
    ]);
    return rows.map((r) =>
      toOpportunityDto(r, r.customerId ? (names.get(r.customerId)?.name ?? null) : null, r.ownerId ? (owners.get(r.ownerId)?.displayName ?? null) : null),
    );
  }
}

function assertNotNegative(amount: string | undefined, field: string): void {
  if (amount !== undefined && money.parse(amount).isNegative()) throw new RequestValidationError([{ field, message: 'must not be negative', code: 'min' }]);
}
