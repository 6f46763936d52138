import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApprovalChainStep, ApprovalDto, ApprovalHandler, ApprovalHandlers, ApprovalRequest, ApprovalService, ApprovalStepStatus, ApprovalSubjectType, ApprovalSubmission } from '@kehu/server-approval';
import { assertVersionMatches, Clock, CoreError, CoreErrorCode, FilesService, notFound, PageDto, Principal, RequestValidationError, toPage } from '@kehu/server-core';
import { CustomerFacade } from '@kehu/server-customer';
import { needsDiscountApproval, OpportunityFacade, OpportunityStatus, PricedLines } from '@kehu/server-opportunity';
import { dayKeyIn, DictionariesService, DictionaryCode, RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager } from 'typeorm';
import { detachAttachment } from './contract-attachment-detach';
import { ContractAmountListeners, ContractNumberFacade } from './contract.facade';
import { ContractError, ContractErrorCode } from './contract.exception';
import {
  ContractAction,
  contractActionAllowed,
  contractActions,
  ContractStatus,
  chainStepApplies,
  customerMaySign,
  FieldProblem,
  needsSeniorApproval,
  OrderReviewState,
  orderReviewBlocksSigning,
  periodProblems,
  RevisionStatus,
  signingDateProblem,
  statusAfter,
} from './contract-rules';
import { CONTRACT_COUNT_CAP, ContractRepository } from './contract.repository';
import {
  AmendContractDto,
  CompleteContractDto,
  ContractDto,
  ContractFieldsDto,
  ContractQueryDto,
  ContractRevisionDto,
  ContractSummaryDto,
  CreateContractDto,
  SaveContractDto,
  SignContractDto,
  TerminateContractDto,
  toContractDto,
  toContractRevisionDto,
  toContractSummaryDto,
} from './dto/contract.dto';
import { Contract } from './entities/contract.entity';
import { ContractLine } from './entities/contract-line.entity';
import { ContractRevision } from './entities/contract-revision.entity';

/** What a contract approval request carries: which revision it is about, and what the approvers see. */
interface ContractApprovalPayload {
  revision: number;
  total: string;
  /** Finance and an executive approve too (amount or discount over the thresholds). */
  senior: boolean;
  discountBelowThreshold: boolean;
}

/**
 * Contracts 合同 (DOMAIN §6, issue 21 items 3–5): drafted from scratch, from an accepted quote or
 * from an opportunity; priced as quotes are; approved along the contract chain (the manager always,
 * finance and an executive above the thresholds); signed in one transaction with the customer's
 * FORMAL transition, the opportunity's win and the quote's contracting; amended by revisions that
 * are approved on their own. Every write is one transaction: saved whole or not at all.
 */
@Injectable()
export class ContractsService implements OnModuleInit, ApprovalHandler {
  readonly subjectType = ApprovalSubjectType.Contract;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly repository: ContractRepository,
    private readonly numbers: ContractNumberFacade,
    private readonly customers: CustomerFacade,
    private readonly opportunities: OpportunityFacade,
    private readonly rules: RulesService,
    private readonly dictionaries: DictionariesService,
    private readonly approvals: ApprovalService,
    private readonly handlers: ApprovalHandlers,
    private readonly amountListeners: ContractAmountListeners,
    private readonly files: FilesService,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  // ── Reads ──────────────────────────────────────────────────────────────────────────────

  async list(principal: Principal, query: ContractQueryDto): Promise<PageDto<ContractSummaryDto>> {
    // A customer's name, code, phone or contact finds its contracts: the customer search, through its facade.
    const customerIds = query.q ? this.customers.customerIdsMatching(principal, query.q) : null;
    const { rows, total } = await this.repository.page(principal, query, customerIds);
    const customers = await this.customers.visibleSummaries(principal, [...new Set(rows.map((c) => c.customerId))]);
    const users = await this.repository.userNames(rows.map((c) => c.ownerId));
    const items = rows.map((c) => toContractSummaryDto(c, { customerName: customers.get(c.customerId)?.name ?? c.buyerName, ownerName: users.get(c.ownerId) ?? null }));
    return toPage(items, total, query, { cap: CONTRACT_COUNT_CAP });
  }

  async get(principal: Principal, id: string, tx: EntityManager = this.db.manager): Promise<ContractDto> {
    const c = await this.repository.findVisible(tx, principal, id);
    if (!c) throw notFound('Contract', id);
    return this.toDto(tx, principal, c);
  }

  /** Every revision (the original and each amendment), oldest first, with its lines. */
  async revisions(principal: Principal, id: string): Promise<ContractRevisionDto[]> {
    const c = await this.repository.findVisible(this.db.manager, principal, id);
    if (!c) throw notFound('Contract', id);
    const revisions = await this.repository.revisions(this.db.manager, id);
    const lines = await this.repository.lines(this.db.manager, revisions.map((r) => r.id));
    return revisions.map((r) => toContractRevisionDto(r, lines.filter((l) => l.revisionId === r.id), r.revision === c.revision && r.status === RevisionStatus.Approved));
  }

  /** The approval trail: the contract's approvals, amendments' and order reviews', with comments. */
  async approvalTrail(principal: Principal, id: string): Promise<ApprovalDto[]> {
    const c = await this.repository.findVisible(this.db.manager, principal, id);
    if (!c) throw notFound('Contract', id);
    return this.approvals.trailOf(principal, [ApprovalSubjectType.Contract, ApprovalSubjectType.ContractOrderReview], id);
  }

  // ── Drafting ───────────────────────────────────────────────────────────────────────────

  async create(principal: Principal, dto: CreateContractDto): Promise<ContractDto> {
    const id = await this.db.transaction(async (tx) => {
      const origin = await this.origin(tx, principal, dto);
      const customer = await this.customers.assertVisible(principal, origin.customerId, tx);
      await this.validateHeader(tx, dto);
      const priced = await this.opportunities.priceLines(tx, { lines: origin.lines, headerDiscountPercent: origin.headerDiscountPercent });
      const number = dto.number ? await this.numbers.consumeReservation(tx, dto.number, principal) : await this.numbers.allocate(tx, principal);
      const contract = await tx.save(
        tx.create(Contract, {
          number: number.number,
          numberId: number.id,
          customerId: origin.customerId,
          opportunityId: origin.opportunityId,
          quoteId: origin.quoteId,
          status: ContractStatus.Draft,
          orderReviewState: null,
          revision: 1,
          ownerId: principal.userId,
          departmentId: principal.departmentId,
          rejectionComment: null,
          electronic: false,
          signedAt: null,
          signedBy: null,
          completedAt: null,
          terminatedAt: null,
          terminationReason: null,
          createdBy: principal.userId,
          ...this.header(dto, customer.name),
          ...this.figures(priced),
        }),
      );
      const revision = await tx.save(
        tx.create(ContractRevision, {
          contractId: contract.id,
          revision: 1,
          status: RevisionStatus.Draft,
          reason: null,
          additionalTerms: contract.additionalTerms,
          endDate: contract.endDate,
          approvedAt: null,
          decisionComment: null,
          createdBy: principal.userId,
          ...this.figures(priced),
        }),
      );
      await this.saveLines(tx, contract.id, revision.id, priced);
      return contract.id;
    });
    return this.get(principal, id);
  }

  /** Replaces a draft (header, buyer, lines, terms) as the wizard sends it; If-Match guards against a stale edit. */
  async update(principal: Principal, id: string, dto: SaveContractDto, ifMatch?: string): Promise<ContractDto> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'edit');
      assertVersionMatches(c.version, ifMatch);
      await this.validateHeader(tx, dto);
      const priced = await this.opportunities.priceLines(tx, { lines: dto.lines, headerDiscountPercent: dto.headerDiscountPercent });
      const revision = await this.repository.revision(tx, c.id, 1, true);
      if (!revision) throw new Error(`contract ${c.id} has no revision 1`);
      await tx.delete(ContractLine, { revisionId: revision.id });
      await this.saveLines(tx, c.id, revision.id, priced);
      const header = this.header(dto, c.buyerName);
      await tx.save(Object.assign(revision, { additionalTerms: header.additionalTerms, endDate: header.endDate, ...this.figures(priced) }));
      await tx.save(Object.assign(c, header, this.figures(priced)));
    });
    return this.get(principal, id);
  }

  /**
   * Deletes a draft (never a contract once submitted: it belongs to the approval record). Its number
   * becomes VOID — kept on record and never issued again, so the auditors' gap has its explanation —
   * and its attachments are detached; each step is audited. If-Match guards as on edits.
   */
  async remove(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'delete');
      assertVersionMatches(c.version, ifMatch);
      const now = this.clock.now();
      for (const attachment of await this.repository.attachments(c.id, tx)) {
        await detachAttachment(tx, { repository: this.repository, files: this.files, now }, c.id, attachment);
      }
      await this.numbers.voidOfDeletedDraft(tx, c.numberId);
      // Saved with deletedAt set: the audit subscriber records the SOFT_DELETE with the draft as it was.
      await tx.save(Object.assign(c, { deletedAt: now }));
    });
  }

  /** DRAFT → PENDING_APPROVAL along the contract chain; finance and the executive only above the thresholds. */
  async submit(principal: Principal, id: string): Promise<ContractDto> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'submit');
      const revision = await this.repository.revision(tx, c.id, 1, true);
      if (!revision) throw new Error(`contract ${c.id} has no revision 1`);
      const payload = await this.approvalPayload(tx, revision);
      await tx.save(Object.assign(revision, { status: RevisionStatus.PendingApproval, decisionComment: null }));
      await tx.save(Object.assign(c, { status: statusAfter('submit'), rejectionComment: null }));
      await this.approvals.submit(tx, { subjectType: this.subjectType, subjectId: c.id, subjectTitle: `${c.number} ${c.title}`, payload: { ...payload } }, principal);
    });
    return this.get(principal, id);
  }

  /** An amendment 变更 of an active contract: the next revision, approved on its own; until then the old one stays in force. */
  async amend(principal: Principal, id: string, dto: AmendContractDto): Promise<ContractDto> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'amend');
      const pending = await this.repository.pendingRevision(tx, c.id);
      if (pending !== null) throw new CoreError(CoreErrorCode.InvalidState, `Amendment ${pending} is still awaiting approval`);
      const problems = periodProblems(c.startDate, dto.endDate === undefined ? c.endDate : dto.endDate);
      if (problems.length) throw new RequestValidationError(problems);
      const priced = await this.opportunities.priceLines(tx, { lines: dto.lines, headerDiscountPercent: dto.headerDiscountPercent });
      const revision = await tx.save(
        tx.create(ContractRevision, {
          contractId: c.id,
          revision: await this.repository.nextRevision(tx, c.id),
          status: RevisionStatus.PendingApproval,
          reason: dto.reason,
          additionalTerms: dto.additionalTerms === undefined ? c.additionalTerms : dto.additionalTerms,
          endDate: dto.endDate === undefined ? c.endDate : dto.endDate,
          approvedAt: null,
          decisionComment: null,
          createdBy: principal.userId,
          ...this.figures(priced),
        }),
      );
      await this.saveLines(tx, c.id, revision.id, priced);
      const payload = await this.approvalPayload(tx, revision);
      await this.approvals.submit(
        tx,
        { subjectType: this.subjectType, subjectId: c.id, subjectTitle: `${c.number} ${c.title}（变更 ${revision.revision}）`, reason: dto.reason, payload: { ...payload } },
        principal,
      );
    });
    return this.get(principal, id);
  }

  // ── Signing and closing ────────────────────────────────────────────────────────────────

  /**
   * Signs an approved contract (DOMAIN §6, seed 004): only an INTENT or FORMAL customer, or one whose
   * opportunity on this contract was won; a custom order only after its review passed; the signed
   * scan attached unless electronic. In ONE transaction: the contract becomes ACTIVE, the customer
   * FORMAL through the customer facade (after-sales owner, deal date, churn alerts resolved), the
   * opportunity won and the quote contracted — a refusal anywhere leaves none of it written.
   */
  async sign(principal: Principal, id: string, dto: SignContractDto): Promise<ContractDto> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'sign');
      const { contractSigningMaxDaysAhead: maxDaysAhead, businessTimeZone } = await this.rules.getMany(['contractSigningMaxDaysAhead', 'businessTimeZone'] as const, tx);
      const now = this.clock.now();
      const today = dayKeyIn(now, businessTimeZone);
      const problems: FieldProblem[] = [];
      const dateProblem = signingDateProblem(dto.signingDate, today, maxDaysAhead);
      if (dateProblem) problems.push(dateProblem);
      problems.push(...(await this.unknownUsers(tx, { ourSignerId: dto.ourSignerId, afterSalesOwnerId: dto.afterSalesOwnerId ?? null })));
      if (problems.length) throw new RequestValidationError(problems);
      if (orderReviewBlocksSigning(c.customOrder, c.orderReviewState)) {
        throw new ContractError(ContractErrorCode.OrderReviewRequired, `Order review of ${c.number} is ${c.orderReviewState ?? 'not requested'}`);
      }
      if (!dto.electronic && !(await this.repository.hasSignedScan(tx, c.id))) {
        throw new ContractError(ContractErrorCode.SignedScanMissing, `${c.number} has no SIGNED_SCAN attachment`, {
          errors: [{ field: 'electronic', message: 'attach the signed scan (kind SIGNED_SCAN) first, or sign as electronic', code: 'required' }],
        });
      }
      const customer = await this.customers.assertVisible(principal, c.customerId, tx);
      const opportunityWon = c.opportunityId ? (await this.opportunities.statusOf(tx, c.opportunityId)) === OpportunityStatus.Won : false;
      if (!customerMaySign(customer.status, opportunityWon)) {
        throw new ContractError(ContractErrorCode.CustomerNotSignable, `${customer.name} is ${customer.status}; only an intent or formal customer signs`, { currentStatus: customer.status });
      }
      // The deal date is the signing day: now when signed today, else midday UTC of that day, which is the same calendar day in every business time zone in use.
      const signedOn = dto.signingDate === today ? now : new Date(`${dto.signingDate}T12:00:00.000Z`);
      await this.customers.markFormal(tx, c.customerId, { signedAt: signedOn, signedBy: principal.userId, afterSalesOwnerId: dto.afterSalesOwnerId ?? null, contractId: c.id }, principal.userId);
      if (c.opportunityId) await this.opportunities.closeWonBySigning(tx, c.opportunityId, principal, c.number);
      if (c.quoteId) await this.opportunities.markQuoteContracted(tx, c.quoteId, c.id);
      await tx.save(
        Object.assign(c, {
          status: statusAfter('sign'),
          signingDate: dto.signingDate,
          ourSignerId: dto.ourSignerId,
          customerSigner: dto.customerSigner,
          electronic: !!dto.electronic,
          signedAt: now,
          signedBy: principal.userId,
        }),
      );
    });
    return this.get(principal, id);
  }

  /** Declares an ACTIVE contract fulfilled by hand, with the reason (kept and audited like a termination's). */
  async complete(principal: Principal, id: string, dto: CompleteContractDto): Promise<ContractDto> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'complete');
      await this.withdrawPending(tx, c.id);
      await tx.save(Object.assign(c, { status: statusAfter('complete'), completedAt: this.clock.now(), completionReason: dto.reason }));
    });
    return this.get(principal, id);
  }

  async terminate(principal: Principal, id: string, dto: TerminateContractDto): Promise<ContractDto> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'terminate');
      await this.withdrawPending(tx, c.id);
      await tx.save(Object.assign(c, { status: statusAfter('terminate'), terminatedAt: this.clock.now(), terminationReason: dto.reason }));
    });
    return this.get(principal, id);
  }

  // ── Custom orders ──────────────────────────────────────────────────────────────────────

  /** Asks the order review 订单评审 of an approved custom order (chain `contract.order-review`); signing waits for it to pass. */
  async requestOrderReview(principal: Principal, id: string): Promise<ContractDto> {
    await this.db.transaction(async (tx) => {
      const c = await this.lockFor(tx, principal, id, 'request-order-review');
      if (!c.customOrder) throw new ContractError(ContractErrorCode.OrderReviewNotApplicable, `${c.number} is a stock order: it needs no order review`);
      if (c.orderReviewState === OrderReviewState.Pending || c.orderReviewState === OrderReviewState.Passed) {
        throw new ContractError(ContractErrorCode.OrderReviewNotApplicable, `The order review of ${c.number} is ${c.orderReviewState}`);
      }
      await tx.save(Object.assign(c, { orderReviewState: OrderReviewState.Pending }));
      await this.approvals.submit(tx, { subjectType: ApprovalSubjectType.ContractOrderReview, subjectId: c.id, subjectTitle: `${c.number} ${c.title}`, payload: { total: c.total } }, principal);
    });
    return this.get(principal, id);
  }

  /** Called by the order-review handler inside the decision's transaction. */
  async applyOrderReview(manager: EntityManager, contractId: string, state: OrderReviewState | null): Promise<void> {
    const c = await manager.findOne(Contract, { where: { id: contractId }, lock: { mode: 'pessimistic_write' } });
    if (c) await manager.save(Object.assign(c, { orderReviewState: state }));
  }

  // ── Approval handler (subject type `contract`) ─────────────────────────────────────────

  skipStep(_manager: EntityManager, step: ApprovalChainStep & { index: number }, submission: ApprovalSubmission): boolean {
    const payload = submission.payload as Partial<ContractApprovalPayload> | undefined;
    return !chainStepApplies(step, !!payload?.senior);
  }

  async onApproved(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const { contract, revision } = await this.subjectOf(manager, request);
    if (!contract || !revision) return;
    await manager.save(Object.assign(revision, { status: RevisionStatus.Approved, approvedAt: this.clock.now() }));
    if (revision.revision === 1) {
      if (contract.status === ContractStatus.PendingApproval) await manager.save(Object.assign(contract, { status: statusAfter('approve') }));
      return;
    }
    // An approved amendment comes into force: its figures, terms and end date become the contract's.
    const previousTotal = contract.total;
    await manager.save(
      Object.assign(contract, {
        revision: revision.revision,
        additionalTerms: revision.additionalTerms,
        endDate: revision.endDate,
        headerDiscountPercent: revision.headerDiscountPercent,
        subtotal: revision.subtotal,
        discountTotal: revision.discountTotal,
        netTotal: revision.netTotal,
        taxTotal: revision.taxTotal,
        total: revision.total,
      }),
    );
    // Receivables re-plan (or refuse, rolling the approval back) in this same transaction.
    if (contract.status === ContractStatus.Active && previousTotal !== contract.total) {
      await this.amountListeners.notify(manager, { contractId: contract.id, number: contract.number, revision: revision.revision, previousTotal, total: contract.total });
    }
  }

  async onRejected(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const { contract, revision } = await this.subjectOf(manager, request);
    if (!contract || !revision) return;
    const comment = request.steps?.find((s) => s.status === ApprovalStepStatus.Rejected)?.comment ?? null;
    if (revision.revision === 1) {
      // Back to the drafter, with the approver's comment shown on the draft.
      await manager.save(Object.assign(revision, { status: RevisionStatus.Draft, decisionComment: comment }));
      await manager.save(Object.assign(contract, { status: statusAfter('reject'), rejectionComment: comment }));
      return;
    }
    await manager.save(Object.assign(revision, { status: RevisionStatus.Rejected, decisionComment: comment }));
  }

  async onCancelled(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const { contract, revision } = await this.subjectOf(manager, request);
    if (!contract || !revision) return;
    if (revision.revision === 1) {
      await manager.save(Object.assign(revision, { status: RevisionStatus.Draft }));
      if (contract.status === ContractStatus.PendingApproval) await manager.save(Object.assign(contract, { status: ContractStatus.Draft }));
      return;
    }
    await manager.save(Object.assign(revision, { status: RevisionStatus.Rejected, decisionComment: 'withdrawn' }));
  }

  // ── Helpers ────────────────────────────────────────────────────────────────────────────

  /** The contract, row-locked, if the caller may see it and the action applies to its status (409 otherwise). */
  async lockFor(tx: EntityManager, principal: Principal, id: string, action: ContractAction): Promise<Contract> {
    const c = await this.repository.findVisible(tx, principal, id, true);
    if (!c) throw notFound('Contract', id);
    if (!contractActionAllowed(c.status, action)) throw new CoreError(CoreErrorCode.InvalidState, `Cannot ${action} a ${c.status} contract`, { currentStatus: c.status });
    return c;
  }

  /** Where a new contract starts: its customer, opportunity, quote and lines, checked against each other. */
  private async origin(tx: EntityManager, principal: Principal, dto: CreateContractDto) {
    let customerId = dto.customerId ?? null;
    let opportunityId = dto.opportunityId ?? null;
    let lines = dto.lines;
    let headerDiscountPercent = dto.headerDiscountPercent;
    const mismatch = (field: string, message: string) => new RequestValidationError([{ field, message, code: 'mismatch' }]);
    if (dto.quoteId) {
      const quote = await this.opportunities.acceptedQuote(principal, dto.quoteId, tx);
      if (opportunityId && opportunityId !== quote.opportunityId) throw mismatch('opportunityId', 'is not the quote’s opportunity');
      opportunityId = quote.opportunityId;
      if (!quote.customerId) throw new ContractError(ContractErrorCode.NoCustomerYet, `The quote's opportunity is a prospect`);
      if (customerId && customerId !== quote.customerId) throw mismatch('customerId', 'is not the customer of the quote’s opportunity');
      customerId = quote.customerId;
      if (!lines) {
        lines = quote.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, unitPrice: l.unitPrice, discountPercent: l.discountPercent }));
        headerDiscountPercent = headerDiscountPercent ?? quote.headerDiscountPercent;
      }
    } else if (opportunityId) {
      const opportunity = await this.opportunities.visibleOpportunity(principal, opportunityId, tx);
      if (!opportunity.customerId) throw new ContractError(ContractErrorCode.NoCustomerYet, `Opportunity "${opportunity.title}" is with a prospect`);
      if (customerId && customerId !== opportunity.customerId) throw mismatch('customerId', 'is not the opportunity’s customer');
      customerId = opportunity.customerId;
    }
    const missing = [...(customerId ? [] : [{ field: 'customerId', message: 'is required unless a quote or opportunity names the customer', code: 'required' }]), ...(lines ? [] : [{ field: 'lines', message: 'are required unless copied from a quote', code: 'required' }])];
    if (!customerId || !lines) throw new RequestValidationError(missing);
    return { customerId, opportunityId, quoteId: dto.quoteId ?? null, lines, headerDiscountPercent };
  }

  /** Dictionary values, dates and users of a draft, each bad one named. */
  private async validateHeader(tx: EntityManager, dto: ContractFieldsDto): Promise<void> {
    const problems: FieldProblem[] = [...periodProblems(dto.startDate, dto.endDate), ...(await this.unknownUsers(tx, { ourSignerId: dto.ourSignerId ?? null }))];
    if (problems.length) throw new RequestValidationError(problems);
    await this.dictionaries.assertValid(DictionaryCode.ContractType, dto.type, 'type', tx);
    await this.dictionaries.assertValid(DictionaryCode.PaymentMethod, dto.paymentMethod, 'paymentMethod', tx);
  }

  private async unknownUsers(tx: EntityManager, fields: Record<string, string | null>): Promise<FieldProblem[]> {
    const names = await this.repository.userNames(Object.values(fields), tx);
    return Object.entries(fields)
      .filter(([, id]) => id && !names.has(id))
      .map(([field]) => ({ field, message: 'no such user', code: 'exists' }));
  }

  private header(dto: ContractFieldsDto, defaultBuyerName: string) {
    return {
      type: dto.type,
      title: dto.title,
      customOrder: !!dto.customOrder,
      signingDate: dto.signingDate ?? null,
      startDate: dto.startDate ?? null,
      endDate: dto.endDate ?? null,
      ourSignerId: dto.ourSignerId ?? null,
      customerSigner: dto.customerSigner ?? null,
      paymentMethod: dto.paymentMethod ?? null,
      paymentTerms: dto.paymentTerms ?? null,
      buyerName: dto.buyer?.name ?? defaultBuyerName,
      buyerTaxNumber: dto.buyer?.taxNumber ?? null,
      buyerBank: dto.buyer?.bank ?? null,
      buyerBankAccount: dto.buyer?.bankAccount ?? null,
      buyerAddress: dto.buyer?.address ?? null,
      buyerPhone: dto.buyer?.phone ?? null,
      additionalTerms: dto.additionalTerms ?? null,
    };
  }

  private figures(priced: PricedLines) {
    return { headerDiscountPercent: priced.header, ...priced.totals };
  }

  private async saveLines(tx: EntityManager, contractId: string, revisionId: string, priced: PricedLines): Promise<void> {
    await tx.save(priced.lines.map((l) => tx.create(ContractLine, { ...l, contractId, revisionId })));
  }

  private async approvalPayload(tx: EntityManager, revision: ContractRevision): Promise<ContractApprovalPayload> {
    const { contractApprovalAmountThreshold: amountThreshold, contractApprovalDiscountThreshold: minPercentOfList } = await this.rules.getMany(
      ['contractApprovalAmountThreshold', 'contractApprovalDiscountThreshold'] as const,
      tx,
    );
    const lines = await this.repository.lines(tx, [revision.id]);
    const discountBelowThreshold = needsDiscountApproval(lines, revision.headerDiscountPercent, minPercentOfList);
    return { revision: revision.revision, total: revision.total, discountBelowThreshold, senior: needsSeniorApproval(revision.total, discountBelowThreshold, { amountThreshold, minPercentOfList }) };
  }

  private async subjectOf(manager: EntityManager, request: ApprovalRequest): Promise<{ contract: Contract | null; revision: ContractRevision | null }> {
    const contract = await manager.findOne(Contract, { where: { id: request.subjectId }, lock: { mode: 'pessimistic_write' } });
    const number = Number((request.payload as Partial<ContractApprovalPayload>).revision ?? 1);
    const revision = contract ? await this.repository.revision(manager, contract.id, number, true) : null;
    return { contract, revision };
  }

  /** A pending amendment or order review lapses when the contract closes. */
  private async withdrawPending(tx: EntityManager, contractId: string): Promise<void> {
    for (const subjectType of [ApprovalSubjectType.Contract, ApprovalSubjectType.ContractOrderReview]) {
      const open = await this.approvals.pendingFor(tx, subjectType, contractId);
      if (open) await this.approvals.cancel(tx, open.id, null);
    }
  }

  private async toDto(tx: EntityManager, principal: Principal, c: Contract): Promise<ContractDto> {
    const current = await this.repository.revision(tx, c.id, c.revision);
    const lines = current ? await this.repository.lines(tx, [current.id]) : [];
    const customer = (await this.customers.visibleSummaries(principal, [c.customerId], tx)).get(c.customerId);
    const users = await this.repository.userNames([c.ownerId, c.ourSignerId], tx);
    const pendingRevision = await this.repository.pendingRevision(tx, c.id);
    const actions = contractActions(c.status).filter((a) => {
      if (a === 'amend') return pendingRevision === null;
      if (a === 'request-order-review') return c.customOrder && c.orderReviewState !== OrderReviewState.Pending && c.orderReviewState !== OrderReviewState.Passed;
      return true;
    });
    return toContractDto(c, { customerName: customer?.name ?? c.buyerName, ownerName: users.get(c.ownerId) ?? null, ourSignerName: c.ourSignerId ? (users.get(c.ourSignerId) ?? null) : null }, lines, { pendingRevision, actions });
  }
}

/** Applies the order review's decision (subject type `contract.order-review`): passed, failed, or withdrawn. */
@Injectable()
export class ContractOrderReviewHandler implements OnModuleInit, ApprovalHandler {
  readonly subjectType = ApprovalSubjectType.ContractOrderReview;

  constructor(
    private readonly contracts: ContractsService,
    private readonly handlers: ApprovalHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
  }

  onApproved(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    return this.contracts.applyOrderReview(manager, request.subjectId, OrderReviewState.Passed);
  }

  onRejected(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    return this.contracts.applyOrderReview(manager, request.subjectId, OrderReviewState.Failed);
  }

  onCancelled(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    return this.contracts.applyOrderReview(manager, request.subjectId, null);
  }
}
