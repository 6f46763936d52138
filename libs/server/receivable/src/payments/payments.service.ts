import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, FieldErrorDto, money, notFound, PageDto, Principal, ProblemDetailsFilter, RequestValidationError, toPage, writeAudit } from '@kehu/server-core';
import { DictionariesService, DictionaryCode } from '@kehu/server-settings';
import { DataSource, EntityManager } from 'typeorm';
import { ContractFacade } from '@kehu/server-contract';
import { ContractCompletion } from '../completion/contract-completion';
import { ConfirmPaymentsDto, PaymentConfirmationResultDto, PaymentConfirmationsDto, PaymentDto, PaymentQueryDto, RecordPaymentDto, RejectPaymentDto, ReversePaymentDto } from './payment.dto';
import { Payment } from '../entities/payment.entity';
import { refreshOverdueMarks } from '../overdue/overdue.repository';
import { ReceivablePlansService } from '../plans/receivable-plans.service';
import { ReceivableError, ReceivableErrorCode } from '../receivable.exception';
import { ReceivableRepository } from '../receivable.repository';
import { allocate, Allocation, PAYABLE_CONTRACT_STATUSES, PaymentAction, paymentActionAllowed, PaymentKind, PaymentStatus, positiveAmountProblem, reversalAllocations } from '../receivable-rules';

/**
 * Payments 回款记录: recorded PENDING, confirmed or rejected by finance, reversed by a counter-entry.
 * Every write that changes what a contract owes or received locks the contract's balance row first,
 * so the over-payment check and the write it guards are never interleaved with another's.
 */
@Injectable()
export class PaymentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly dictionaries: DictionariesService,
    private readonly plans: ReceivablePlansService,
    private readonly repository: ReceivableRepository,
    private readonly completion: ContractCompletion,
    private readonly contracts: ContractFacade,
  ) {}

  async record(principal: Principal, dto: RecordPaymentDto): Promise<PaymentDto> {
    const id = await this.db.transaction(async (tx) => {
      const problems: FieldErrorDto[] = [];
      const amountProblem = positiveAmountProblem(dto.amount, 'amount');
      if (amountProblem) problems.push(amountProblem);
      const today = await this.plans.today(tx);
      if (dto.paidOn > today) problems.push({ field: 'paidOn', message: `must not be in the future (today is ${today})`, code: 'max' });
      if (problems.length) throw new RequestValidationError(problems);
      await this.dictionaries.assertValid(DictionaryCode.PaymentMethod, dto.method, 'method', tx);
      const contract = await this.plans.visibleContract(tx, principal, dto.contractId, 'contractId');
      if (!PAYABLE_CONTRACT_STATUSES.includes(contract.status)) {
        throw new ReceivableError(ReceivableErrorCode.ContractNotOpen, `${contract.number} is ${contract.status}; payments are recorded on signed contracts`, {
          currentStatus: contract.status,
          errors: [{ field: 'contractId', message: `the contract is ${contract.status}`, code: 'state' }],
        });
      }
      if (!(await this.repository.lockAccount(tx, contract.id))) {
        throw new ReceivableError(ReceivableErrorCode.PlanMissing, `${contract.number} has no receivable plan`, { errors: [{ field: 'contractId', message: 'the contract has no receivable plan yet', code: 'planMissing' }] });
      }
      const instalments = await this.repository.instalments(tx, contract.id, today);
      const totals = await this.repository.totals(tx, contract.id);
      // Pending payments count: two pending payments may not together promise more than is owed.
      const open = money.parse(contract.total).minus(totals.received).minus(totals.pending);
      if (open.lt(dto.amount)) {
        throw exceeds(`${money.format(atLeastZero(open))} is outstanding on ${contract.number} (amount ${contract.total}, received ${totals.received}, pending ${totals.pending})`);
      }
      if (dto.instalmentId) {
        const instalment = instalments.find((i) => i.id === dto.instalmentId);
        if (!instalment) throw new RequestValidationError([{ field: 'instalmentId', message: 'is not an instalment of this contract', code: 'unknown' }]);
        const pendingOnIt = (await this.repository.pendingByInstalment(tx, contract.id)).get(instalment.id) ?? '0';
        const left = money.parse(instalment.outstanding).minus(pendingOnIt);
        if (left.lt(dto.amount)) throw exceeds(`${money.format(atLeastZero(left))} is outstanding on instalment ${instalment.number} (pending ${money.format(pendingOnIt)})`);
      }
      // The bank slip is one of the contract's attachments, so it is read with the contract's scope.
      if (dto.attachmentFileId && !(await this.contracts.hasAttachedFile(tx, contract.id, dto.attachmentFileId))) {
        throw new RequestValidationError([{ field: 'attachmentFileId', message: 'is not a file attached to this contract', code: 'unknown' }]);
      }
      const saved = await tx.save(
        tx.create(Payment, {
          contractId: contract.id,
          instalmentId: dto.instalmentId ?? null,
          kind: PaymentKind.Payment,
          status: PaymentStatus.Pending,
          amount: money.format(dto.amount),
          paidOn: dto.paidOn,
          method: dto.method,
          payerAccount: dto.payerAccount ?? null,
          handlerId: dto.handlerId ?? null,
          note: dto.note ?? null,
          attachmentFileId: dto.attachmentFileId ?? null,
          reversesId: null,
          reason: null,
          decidedBy: null,
          decidedAt: null,
          createdBy: principal.userId,
        }),
      );
      return saved.id;
    });
    return this.get(principal, id);
  }

  /** Finance confirms: the payment is allocated to its instalment, or to the oldest open ones, and never changes again. */
  async confirm(principal: Principal, id: string): Promise<PaymentDto> {
    await this.db.transaction(async (tx) => {
      const payment = await this.lockFor(tx, principal, id, 'confirm');
      const contract = await this.plans.visibleContract(tx, principal, payment.contractId);
      if (!PAYABLE_CONTRACT_STATUSES.includes(contract.status)) {
        throw new ReceivableError(ReceivableErrorCode.ContractNotOpen, `${contract.number} is ${contract.status}`, { currentStatus: contract.status });
      }
      const totals = await this.repository.totals(tx, contract.id);
      const left = money.parse(contract.total).minus(totals.received);
      if (left.lt(payment.amount)) throw exceeds(`${money.format(atLeastZero(left))} is outstanding on ${contract.number} (amount ${contract.total}, received ${totals.received})`);
      const today = await this.plans.today(tx);
      const instalments = await this.repository.instalments(tx, contract.id, today);
      const candidates = instalments
        .filter((i) => (payment.instalmentId ? i.id === payment.instalmentId : true))
        .filter((i) => money.parse(i.outstanding).gt(0))
        .map((i) => ({ id: i.id, outstanding: i.outstanding }));
      const allocations = allocate(payment.amount, candidates);
      if (!allocations) throw exceeds(`the ${payment.instalmentId ? 'instalment' : 'plan'} has less than ${payment.amount} outstanding`);
      await this.repository.insertAllocations(tx, payment.id, allocations);
      await writeAudit(tx, { action: 'ALLOCATE', entityType: 'Payment', entityId: payment.id, after: { allocations } });
      await tx.save(Object.assign(payment, { status: PaymentStatus.Confirmed, decidedBy: principal.userId, decidedAt: this.clock.now() }));
      // A paid instalment leaves the overdue list and the warnings at once, not at the job's next run.
      await refreshOverdueMarks(tx, today, this.clock.now(), contract.id);
      // The last payment of a fully accepted contract completes it, in this transaction.
      await this.completion.completeIfSettled(tx, principal, contract.id);
    });
    return this.get(principal, id);
  }

  /**
   * Finance confirms several payments. Each is a confirmation of its own — checked, allocated and
   * audited exactly like a single one, in its own transaction — so one refused (confirmed meanwhile,
   * more than is outstanding, out of scope) is answered with its problem and does not undo the
   * others. A true bug (5xx) still fails the whole call.
   */
  async confirmMany(principal: Principal, dto: ConfirmPaymentsDto): Promise<PaymentConfirmationsDto> {
    const results: PaymentConfirmationResultDto[] = [];
    for (const paymentId of dto.paymentIds) {
      try {
        await this.confirm(principal, paymentId);
        results.push({ paymentId, status: 'CONFIRMED' });
      } catch (error) {
        const problem = BATCH_PROBLEMS.toProblem(error);
        if (problem.status >= 500) throw error;
        results.push({ paymentId, status: 'FAILED', problem });
      }
    }
    return { results };
  }

  async reject(principal: Principal, id: string, dto: RejectPaymentDto): Promise<PaymentDto> {
    await this.db.transaction(async (tx) => {
      const payment = await this.lockFor(tx, principal, id, 'reject');
      await tx.save(Object.assign(payment, { status: PaymentStatus.Rejected, reason: dto.reason, decidedBy: principal.userId, decidedAt: this.clock.now() }));
    });
    return this.get(principal, id);
  }

  /** A counter-entry: the negated amount and allocations, confirmed at once. The payment itself stays as it was. */
  async reverse(principal: Principal, id: string, dto: ReversePaymentDto): Promise<PaymentDto> {
    const reversalId = await this.db.transaction(async (tx) => {
      const payment = await this.lockFor(tx, principal, id, 'reverse');
      if ((await this.repository.reversalsOf(tx, [payment.id])).has(payment.id)) {
        throw new ReceivableError(ReceivableErrorCode.PaymentAlreadyReversed, `Payment ${payment.id} was already reversed`, { currentStatus: payment.status });
      }
      const now = this.clock.now();
      const reversal = await tx.save(
        tx.create(Payment, {
          contractId: payment.contractId,
          instalmentId: payment.instalmentId,
          kind: PaymentKind.Reversal,
          status: PaymentStatus.Confirmed,
          amount: money.format(money.parse(payment.amount).negated()),
          paidOn: await this.plans.today(tx),
          method: payment.method,
          payerAccount: payment.payerAccount,
          handlerId: null,
          note: null,
          attachmentFileId: null,
          reversesId: payment.id,
          reason: dto.reason,
          decidedBy: principal.userId,
          decidedAt: now,
          createdBy: principal.userId,
        }),
      );
      const original = (await this.repository.allocationsOf(tx, [payment.id])).get(payment.id) ?? [];
      const negated = reversalAllocations(original);
      await this.repository.insertAllocations(tx, reversal.id, negated);
      await writeAudit(tx, { action: 'ALLOCATE', entityType: 'Payment', entityId: reversal.id, after: { allocations: negated } });
      // An instalment past due that the reversal leaves unpaid is overdue again at once.
      await refreshOverdueMarks(tx, reversal.paidOn, now, payment.contractId);
      return reversal.id;
    });
    return this.get(principal, reversalId);
  }

  async get(principal: Principal, id: string, tx: EntityManager = this.db.manager): Promise<PaymentDto> {
    const payment = await this.repository.findVisible(tx, principal, id);
    if (!payment) throw notFound('Payment', id);
    return (await this.toDtos(tx, [payment]))[0];
  }

  async page(principal: Principal, query: PaymentQueryDto): Promise<PageDto<PaymentDto>> {
    const { rows, total } = await this.repository.page(principal, query);
    return toPage(await this.toDtos(this.db.manager, rows), total, query, { cap: 10_000 });
  }

  /**
   * The payment, locked after its contract's balance row (always in that order, so two writers of
   * one contract never deadlock), when it takes `action`; else 409 naming its state. A confirmation
   * may complete the contract: it holds the contract row before the balance row (ContractCompletion).
   */
  private async lockFor(tx: EntityManager, principal: Principal, id: string, action: PaymentAction): Promise<Payment> {
    const seen = await this.repository.findVisible(tx, principal, id);
    if (!seen) throw notFound('Payment', id);
    if (action === 'confirm') await this.completion.holdContract(tx, seen.contractId);
    await this.repository.lockAccount(tx, seen.contractId);
    const payment = (await this.repository.findVisible(tx, principal, id, true))!;
    if (!paymentActionAllowed(payment.kind, payment.status, action)) {
      throw new ReceivableError(
        ReceivableErrorCode.PaymentStateConflict,
        payment.kind === PaymentKind.Reversal ? 'A reversal is final' : `The payment is ${payment.status}; only ${action === 'reverse' ? 'a confirmed' : 'a pending'} payment can be ${action === 'reverse' ? 'reversed' : `${action}ed`}`,
        { currentStatus: payment.status, action },
      );
    }
    return payment;
  }

  private async toDtos(tx: EntityManager, payments: Payment[]): Promise<PaymentDto[]> {
    const ids = payments.map((p) => p.id);
    const allocations = await this.repository.allocationsOf(tx, ids);
    const reversals = await this.repository.reversalsOf(tx, ids);
    const numbers = await this.repository.contractNumbers(tx, payments.map((p) => p.contractId));
    return payments.map((p) => toPaymentDto(p, numbers.get(p.contractId) ?? '', allocations.get(p.id) ?? [], reversals.get(p.id) ?? null));
  }
}

/** Turns a refused confirmation of a batch into the problem a single confirmation would have answered. */
const BATCH_PROBLEMS = new ProblemDetailsFilter();

function exceeds(detail: string): InstanceType<typeof ReceivableError> {
  return new ReceivableError(ReceivableErrorCode.PaymentExceedsOutstanding, detail, { errors: [{ field: 'amount', message: detail, code: 'max' }] });
}

/** Negative outstanding (a contract amended below what it received) reads as nothing outstanding. */
function atLeastZero(value: ReturnType<typeof money.parse>) {
  return value.lt(0) ? money.parse(0) : value;
}

export function toPaymentDto(p: Payment, contractNumber: string, allocations: Allocation[], reversedById: string | null): PaymentDto {
  return {
    id: p.id,
    contractId: p.contractId,
    contractNumber,
    instalmentId: p.instalmentId,
    kind: p.kind,
    status: p.status,
    amount: p.amount,
    paidOn: p.paidOn,
    method: p.method,
    payerAccount: p.payerAccount,
    handlerId: p.handlerId,
    note: p.note,
    attachmentFileId: p.attachmentFileId,
    reversesId: p.reversesId,
    reversedById,
    reason: p.reason,
    decidedBy: p.decidedBy,
    decidedAt: p.decidedAt ? p.decidedAt.toISOString() : null,
    allocations,
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}
