import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContractAmountChange, ContractAmountInForce, ContractAmountListeners, ContractFacade } from '@kehu/server-contract';
import { Clock, CoreError, CoreErrorCode, FieldErrorDto, money, notFound, Principal, RequestValidationError } from '@kehu/server-core';
import { dayKeyIn, RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager, In } from 'typeorm';
import { InstalmentDto, ProposeReceivablePlanDto, ReceivablePlanDto, ReceivablePlanProposalDto, SaveReceivablePlanDto } from './receivable-plan.dto';
import { ReceivableInstalment } from '../entities/receivable-instalment.entity';
import { refreshOverdueMarks } from '../overdue/overdue.repository';
import { ReceivableError, ReceivableErrorCode } from '../receivable.exception';
import { InstalmentRow, ReceivableRepository } from '../receivable.repository';
import { InstalmentState, paymentTermProblems, planDifference, planEditProblems, PLANNABLE_CONTRACT_STATUSES, positiveAmountProblem, replanForAmount, splitByPercent, termDueDate, termNote } from '../receivable-rules';

/** Receivable plans 回款计划: the instalments of a contract, which add up to its amount in force. */
@Injectable()
export class ReceivablePlansService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly rules: RulesService,
    private readonly contracts: ContractFacade,
    private readonly amountListeners: ContractAmountListeners,
    private readonly repository: ReceivableRepository,
  ) {}

  onModuleInit(): void {
    this.amountListeners.register((tx, change) => this.replanForAmendment(tx, change));
  }

  /** Today in the business time zone (YYYY-MM-DD): instalments are overdue from the day after they fall due. */
  async today(tx: EntityManager): Promise<string> {
    const { businessTimeZone } = await this.rules.getMany(['businessTimeZone'] as const, tx);
    return dayKeyIn(this.clock.now(), businessTimeZone);
  }

  /** The contract as the caller sees it; outside the contract's data scope it does not exist. */
  async visibleContract(tx: EntityManager, principal: Principal, contractId: string, field?: string): Promise<ContractAmountInForce> {
    const contract = await this.contracts.amountInForce(tx, principal, contractId);
    if (!contract) {
      if (!field) throw notFound('Contract', contractId);
      throw new CoreError(CoreErrorCode.NotFound, `Contract ${contractId} not found`, { errors: [{ field, message: 'no such contract', code: 'notFound' }] });
    }
    return contract;
  }

  async get(principal: Principal, contractId: string): Promise<ReceivablePlanDto> {
    return this.db.transaction('REPEATABLE READ', async (tx) => this.planOf(tx, await this.visibleContract(tx, principal, contractId)));
  }

  /**
   * Replaces the plan. Instalments that received money are sent back unchanged (409 otherwise); the
   * sum must equal the contract amount in force (409 naming the difference). Numbers follow due dates.
   */
  async save(principal: Principal, contractId: string, dto: SaveReceivablePlanDto): Promise<ReceivablePlanDto> {
    const amountProblems = dto.instalments.map((i, n) => positiveAmountProblem(i.amount, `instalments[${n}].amount`)).filter((p): p is FieldErrorDto => !!p);
    if (amountProblems.length) throw new RequestValidationError(amountProblems);
    return this.db.transaction(async (tx) => {
      const contract = await this.visibleContract(tx, principal, contractId);
      if (!PLANNABLE_CONTRACT_STATUSES.includes(contract.status)) {
        throw new ReceivableError(ReceivableErrorCode.ContractNotOpen, `${contract.number} is ${contract.status}; plans are entered once it is approved`, { currentStatus: contract.status });
      }
      await this.repository.upsertAccountLocked(
        tx,
        { contractId, contractNumber: contract.number, customerId: contract.customerId, ownerId: contract.ownerId, departmentId: contract.departmentId },
        this.clock.now(),
      );
      const today = await this.today(tx);
      const existing = await this.repository.instalments(tx, contractId, today);
      const pending = await this.repository.pendingByInstalment(tx, contractId);
      const problems = planEditProblems(
        existing.map((e) => ({ id: e.id, dueDate: e.due_date, amount: e.amount, received: e.received, namedByPending: pending.has(e.id) })),
        dto.instalments,
      );
      const unknown = problems.filter((p) => p.kind === 'unknown').map((p) => p.error);
      if (unknown.length) throw new RequestValidationError(unknown);
      if (problems.length) {
        throw new ReceivableError(ReceivableErrorCode.InstalmentLocked, problems.map((p) => `${p.error.field}: ${p.error.message}`).join('; '), { errors: problems.map((p) => p.error) });
      }
      const difference = planDifference(
        dto.instalments.map((i) => i.amount),
        contract.total,
      );
      if (!difference.isZero()) {
        const planned = money.sum(dto.instalments.map((i) => i.amount));
        const message = `add up to ${planned}, ${money.format(difference.abs())} ${difference.gt(0) ? 'more' : 'less'} than the contract amount ${contract.total}`;
        throw new ReceivableError(ReceivableErrorCode.PlanSumMismatch, `The instalments ${message}`, { errors: [{ field: 'instalments', message, code: 'sum' }] });
      }
      await this.replace(tx, principal.userId, contractId, existing, dto.instalments);
      await refreshOverdueMarks(tx, today, this.clock.now(), contractId);
      return this.planOf(tx, contract);
    });
  }

  /**
   * A plan from payment terms, proposed and not saved (the user edits it, then PUTs it): instalments
   * that received money or that a pending payment names are kept as they are; the rest of the amount
   * in force is split by the terms' percentages, to the cent, the remainder on the last.
   */
  async propose(principal: Principal, contractId: string, dto: ProposeReceivablePlanDto): Promise<ReceivablePlanProposalDto> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      // The contract first: outside the caller's scope it is missing, whatever the terms say.
      const contract = await this.visibleContract(tx, principal, contractId);
      const problems = paymentTermProblems(dto.terms);
      if (problems.length) throw new RequestValidationError(problems);
      if (!PLANNABLE_CONTRACT_STATUSES.includes(contract.status)) {
        throw new ReceivableError(ReceivableErrorCode.ContractNotOpen, `${contract.number} is ${contract.status}; plans are entered once it is approved`, { currentStatus: contract.status });
      }
      const today = await this.today(tx);
      const pending = await this.repository.pendingByInstalment(tx, contractId);
      const kept = (await this.repository.instalments(tx, contractId, today)).filter((i) => money.parse(i.received).gt(0) || pending.has(i.id));
      const spread = money.parse(contract.total).minus(money.sum(kept.map((i) => i.amount)));
      const shares = spread.gt(0) ? splitByPercent(money.format(spread), dto.terms.map((t) => t.percent)) : null;
      if (!shares) {
        const message = spread.gt(0)
          ? `${money.format(spread)} is too little to split into ${dto.terms.length} instalments of at least 0.01`
          : `nothing is left to plan: the instalments kept add up to ${money.sum(kept.map((i) => i.amount))} of ${contract.total}`;
        throw new ReceivableError(ReceivableErrorCode.PlanSumMismatch, message, { errors: [{ field: 'terms', message, code: 'sum' }] });
      }
      const signingDay = contract.signingDate ?? today;
      return {
        contractAmount: contract.total,
        spread: money.format(spread),
        instalments: [
          ...kept.map((i) => ({ id: i.id, dueDate: i.due_date, amount: i.amount, note: i.note })),
          ...dto.terms.map((term, n) => ({ dueDate: termDueDate(term, signingDay), amount: shares[n], note: termNote(term) })),
        ],
      };
    });
  }

  /**
   * An approved amendment of an ACTIVE contract changed its amount, in the approval's transaction: the
   * unpaid instalments are re-planned (`replanForAmount`: in proportion, paid ones untouched), or the
   * approval is refused with 409 naming the amount when more was received than the new amount.
   */
  async replanForAmendment(tx: EntityManager, change: ContractAmountChange): Promise<void> {
    // Serialised with payments on the contract, as every write of what it owes; no plan yet: nothing to do.
    if (!(await this.repository.lockAccount(tx, change.contractId))) return;
    const today = await this.today(tx);
    const existing = await this.repository.instalments(tx, change.contractId, today);
    const totals = await this.repository.totals(tx, change.contractId);
    const replan = replanForAmount(
      existing.map((e) => ({ id: e.id, dueDate: e.due_date, amount: e.amount, note: e.note, received: e.received })),
      change.total,
      totals.received,
      today,
      `合同变更（版本 ${change.revision}）`,
    );
    if ('refused' in replan) {
      throw new ReceivableError(ReceivableErrorCode.AmountBelowReceived, `${change.number}: ${replan.refused}`, {
        errors: [{ field: 'total', message: replan.refused, code: 'belowReceived' }],
      });
    }
    await this.replace(tx, null, change.contractId, existing, replan.instalments);
    await refreshOverdueMarks(tx, today, this.clock.now(), change.contractId);
  }

  private async replace(
    tx: EntityManager,
    actorId: string | null,
    contractId: string,
    existing: InstalmentRow[],
    instalments: ReadonlyArray<{ id?: string; dueDate: string; amount: string; note?: string | null }>,
  ): Promise<void> {
    const kept = new Set(instalments.map((i) => i.id).filter(Boolean));
    const removed = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
    if (removed.length) {
      for (const row of await tx.find(ReceivableInstalment, { where: { id: In(removed) } })) await tx.softRemove(row);
    }
    const current = new Map((await tx.find(ReceivableInstalment, { where: { contractId } })).map((i) => [i.id, i]));
    // Numbered in due-date order; equal dates keep the order they were sent in.
    const ordered = instalments.map((input, position) => ({ input, position })).sort((a, b) => a.input.dueDate.localeCompare(b.input.dueDate) || a.position - b.position);
    for (const [index, { input }] of ordered.entries()) {
      const values = { number: index + 1, dueDate: input.dueDate, amount: money.format(input.amount), note: input.note ?? null };
      const old = input.id ? current.get(input.id) : undefined;
      if (!old) {
        await tx.save(tx.create(ReceivableInstalment, { ...values, contractId, createdBy: actorId }));
      } else if (old.number !== values.number || old.dueDate !== values.dueDate || old.amount !== values.amount || old.note !== values.note) {
        await tx.save(Object.assign(old, values));
      }
    }
  }

  /** The plan with every figure derived from confirmed payments. */
  async planOf(tx: EntityManager, contract: ContractAmountInForce): Promise<ReceivablePlanDto> {
    const today = await this.today(tx);
    const rows = await this.repository.instalments(tx, contract.id, today);
    const totals = await this.repository.totals(tx, contract.id);
    const instalments = rows.map(toInstalmentDto);
    return {
      contractId: contract.id,
      contractNumber: contract.number,
      contractAmount: contract.total,
      planned: money.sum(rows.map((r) => r.amount)),
      received: totals.received,
      pending: totals.pending,
      outstanding: money.format(money.parse(contract.total).minus(totals.received)),
      overdue: money.sum(instalments.filter((i) => i.state === InstalmentState.Overdue).map((i) => i.outstanding)),
      instalments,
    };
  }
}

export function toInstalmentDto(row: InstalmentRow): InstalmentDto {
  return {
    id: row.id,
    number: row.number,
    dueDate: row.due_date,
    amount: row.amount,
    received: row.received,
    outstanding: row.outstanding,
    state: row.state,
    note: row.note,
    version: row.version,
  };
}
