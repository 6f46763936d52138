import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApprovalHandler, ApprovalHandlers, ApprovalRequest, ApprovalService, ApprovalSubjectType } from '@kehu/server-approval';
import { assertVersionMatches, Clock, CoreError, CoreErrorCode, JobRegistry, notFound, PageDto, Principal, RequestValidationError, toPage, writeAudit } from '@kehu/server-core';
import { ProductFacade } from '@kehu/server-product';
import { dayKeyIn, RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager } from 'typeorm';
import { QuoteDto, QuoteQueryDto, SaveQuoteDto, toQuoteDto } from './dto/quote.dto';
import { Quote, QuoteApprovalState } from './entities/quote.entity';
import { QuoteLine } from './entities/quote-line.entity';
import { OpportunitiesService } from './opportunities.service';
import { assertOpen } from './opportunity-rules';
import { OPPORTUNITY_COUNT_CAP, OpportunityRepository } from './opportunity.repository';
import { QuoteHtml } from './quote-html';
import { priceLines } from './line-pricing';
import { needsDiscountApproval, QuoteAction, quoteActionAllowed, QuoteStatus, statusAfter } from './quote-rules';

/**
 * Quotes 报价单 (DOMAIN §4): numbered, lines priced from the catalogue, totals computed here
 * (quote-rules.ts), DRAFT → SENT → ACCEPTED | REJECTED | EXPIRED, a discount below the rule
 * approved before sending, revisions kept. Each write is one transaction: a quote is saved whole or not at all.
 */
@Injectable()
export class QuotesService implements OnModuleInit, ApprovalHandler {
  readonly subjectType = ApprovalSubjectType.QuoteDiscount;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly repository: OpportunityRepository,
    private readonly opportunities: OpportunitiesService,
    private readonly products: ProductFacade,
    private readonly rules: RulesService,
    private readonly approvals: ApprovalService,
    private readonly handlers: ApprovalHandlers,
    private readonly jobs: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.handlers.register(this);
    this.jobs.register({
      name: 'quote-expiry',
      description: 'Mark sent quotes whose validity date has passed (business time zone) EXPIRED',
      cron: '10 0 * * *',
      run: () => this.expireDue(),
    });
  }

  async list(principal: Principal, query: QuoteQueryDto): Promise<PageDto<QuoteDto>> {
    const { rows, total } = await this.repository.quotePage(principal, query);
    const lines = await this.repository.quoteLines(this.db.manager, rows.map((q) => q.id));
    return toPage(rows.map((q) => toQuoteDto(q, lines.filter((l) => l.quoteId === q.id))), total, query, { cap: OPPORTUNITY_COUNT_CAP });
  }

  async get(principal: Principal, id: string): Promise<QuoteDto> {
    const q = await this.repository.findVisibleQuote(this.db.manager, principal, id);
    if (!q) throw notFound('Quote', id);
    return toQuoteDto(q, await this.repository.quoteLines(this.db.manager, [q.id]));
  }

  async create(principal: Principal, opportunityId: string, dto: SaveQuoteDto): Promise<QuoteDto> {
    const id = await this.db.transaction(async (tx) => {
      const o = await this.opportunities.lockWorkable(tx, principal, opportunityId);
      assertOpen(o.status);
      const priced = await this.price(tx, dto);
      const today = await this.today(tx);
      const number = await this.repository.nextQuoteNumber(tx, `BJ${today.replace(/-/g, '')}`);
      const quote = await tx.save(
        tx.create(Quote, {
          number,
          revision: 1,
          opportunityId,
          status: QuoteStatus.Draft,
          validUntil: dto.validUntil,
          headerDiscountPercent: priced.header,
          ...priced.totals,
          note: dto.note ?? null,
          approvalState: null,
          sentAt: null,
          decidedAt: null,
          supersededById: null,
          createdBy: principal.userId,
        }),
      );
      await this.saveLines(tx, quote.id, priced.lines);
      return quote.id;
    });
    return this.get(principal, id);
  }

  /** Replaces a draft's header and lines (the editor sends the whole quote). */
  async update(principal: Principal, id: string, dto: SaveQuoteDto, ifMatch?: string): Promise<QuoteDto> {
    await this.db.transaction(async (tx) => {
      const q = await this.lockWorkable(tx, principal, id, 'edit');
      assertVersionMatches(q.version, ifMatch);
      if (q.approvalState === QuoteApprovalState.Pending) throw new CoreError(CoreErrorCode.InvalidState, 'The discount approval is pending; wait for the decision or cancel the request');
      const priced = await this.price(tx, dto);
      await tx.delete(QuoteLine, { quoteId: q.id });
      await this.saveLines(tx, q.id, priced.lines);
      // A changed quote is another quote to approve: an earlier decision does not carry over.
      await tx.save(Object.assign(q, { validUntil: dto.validUntil, headerDiscountPercent: priced.header, ...priced.totals, note: dto.note ?? null, approvalState: null }));
    });
    return this.get(principal, id);
  }

  /**
   * Sends a draft. Below the discount rule it needs an approval first: the request is opened and
   * the quote stays DRAFT with `approvalState` PENDING; once approved it is sent by the decision.
   */
  async send(principal: Principal, id: string): Promise<QuoteDto> {
    await this.db.transaction(async (tx) => {
      const q = await this.lockWorkable(tx, principal, id, 'send');
      const today = await this.today(tx);
      if (q.validUntil < today) throw new RequestValidationError([{ field: 'validUntil', message: 'has passed; edit the quote first', code: 'min' }]);
      if (q.approvalState === QuoteApprovalState.Pending) throw new CoreError(CoreErrorCode.InvalidState, 'The discount approval is still pending');
      if (q.approvalState !== QuoteApprovalState.Approved && (await this.needsApproval(tx, q))) {
        await this.approvals.submit(tx, { subjectType: this.subjectType, subjectId: q.id, subjectTitle: `${q.number} (${q.revision})`, payload: { total: q.total } }, principal);
        await tx.save(Object.assign(q, { approvalState: QuoteApprovalState.Pending }));
        return;
      }
      await tx.save(Object.assign(q, { status: statusAfter('send'), sentAt: this.clock.now() }));
    });
    return this.get(principal, id);
  }

  /** The customer's answer to a sent quote, recorded by the rep. */
  async decide(principal: Principal, id: string, action: 'accept' | 'reject'): Promise<QuoteDto> {
    await this.db.transaction(async (tx) => {
      const q = await this.lockWorkable(tx, principal, id, action);
      await tx.save(Object.assign(q, { status: statusAfter(action), decidedAt: this.clock.now() }));
    });
    return this.get(principal, id);
  }

  /** A new revision (DRAFT, same number, next revision) of a sent, rejected or expired quote; the old one stays as it was. */
  async revise(principal: Principal, id: string): Promise<QuoteDto> {
    const newId = await this.db.transaction(async (tx) => {
      const q = await this.lockWorkable(tx, principal, id, 'revise');
      const lines = await this.repository.quoteLines(tx, [q.id]);
      const copy = await tx.save(
        tx.create(Quote, {
          number: q.number,
          revision: q.revision + 1,
          opportunityId: q.opportunityId,
          status: QuoteStatus.Draft,
          validUntil: q.validUntil,
          headerDiscountPercent: q.headerDiscountPercent,
          subtotal: q.subtotal,
          discountTotal: q.discountTotal,
          netTotal: q.netTotal,
          taxTotal: q.taxTotal,
          total: q.total,
          note: q.note,
          approvalState: null,
          sentAt: null,
          decidedAt: null,
          supersededById: null,
          createdBy: principal.userId,
        }),
      );
      await tx.save(lines.map((l) => tx.create(QuoteLine, { ...l, id: undefined, quoteId: copy.id })));
      await tx.save(Object.assign(q, { supersededById: copy.id }));
      return copy.id;
    });
    return this.get(principal, newId);
  }

  /** The printable view: one HTML page the browser prints (or saves as PDF). */
  async printable(principal: Principal, id: string): Promise<string> {
    const quote = await this.get(principal, id);
    const opportunity = await this.opportunities.get(principal, quote.opportunityId);
    return QuoteHtml.render(quote, opportunity);
  }

  /** The daily job: sent quotes past their validity date become EXPIRED (one statement, each audited). */
  async expireDue(): Promise<Record<string, unknown>> {
    return this.db.transaction(async (tx) => {
      const today = await this.today(tx);
      const expired = await this.repository.expireSentBefore(tx, today);
      for (const q of expired) {
        await writeAudit(tx, { action: 'UPDATE', entityType: 'Quote', entityId: q.id, before: { status: QuoteStatus.Sent, version: q.version }, after: { status: QuoteStatus.Expired }, actorId: null, actorName: 'system' });
      }
      return { expired: expired.length, today };
    });
  }

  async onApproved(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const q = await manager.findOne(Quote, { where: { id: request.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (!q) return;
    const sendable = q.status === QuoteStatus.Draft && !q.supersededById;
    await manager.save(Object.assign(q, { approvalState: QuoteApprovalState.Approved, ...(sendable ? { status: QuoteStatus.Sent, sentAt: this.clock.now() } : {}) }));
  }

  async onRejected(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const q = await manager.findOne(Quote, { where: { id: request.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (q) await manager.save(Object.assign(q, { approvalState: QuoteApprovalState.Rejected }));
  }

  async onCancelled(manager: EntityManager, request: ApprovalRequest): Promise<void> {
    const q = await manager.findOne(Quote, { where: { id: request.subjectId }, lock: { mode: 'pessimistic_write' } });
    if (q) await manager.save(Object.assign(q, { approvalState: null }));
  }

  /** The quote, locked, if the caller may work its opportunity and the action applies to its state. */
  private async lockWorkable(tx: EntityManager, principal: Principal, id: string, action: QuoteAction): Promise<Quote> {
    const q = await this.repository.findVisibleQuote(tx, principal, id, true);
    if (!q) throw notFound('Quote', id);
    await this.opportunities.lockWorkable(tx, principal, q.opportunityId);
    if (!quoteActionAllowed(q.status, action, !!q.supersededById)) {
      throw new CoreError(CoreErrorCode.InvalidState, q.supersededById ? `Revision ${q.revision} was replaced by a newer one` : `Cannot ${action} a ${q.status} quote`);
    }
    return q;
  }

  /** Validates and prices every line (catalogue prices, on-sale products only), naming each bad field; nothing is written. */
  private async price(tx: EntityManager, dto: SaveQuoteDto) {
    if (dto.validUntil < (await this.today(tx))) {
      throw new RequestValidationError([{ field: 'validUntil', message: 'must not be before today', code: 'min' }]);
    }
    return priceLines(this.products, tx, dto);
  }

  private async saveLines(tx: EntityManager, quoteId: string, lines: Array<Omit<QuoteLine, 'id' | 'quoteId'>>): Promise<void> {
    await tx.save(lines.map((l) => tx.create(QuoteLine, { ...l, quoteId })));
  }

  private async needsApproval(tx: EntityManager, q: Quote): Promise<boolean> {
    const lines = await this.repository.quoteLines(tx, [q.id]);
    return needsDiscountApproval(lines, q.headerDiscountPercent, await this.rules.get('quoteMinDiscountWithoutApproval', tx));
  }

  private async today(tx: EntityManager): Promise<string> {
    return dayKeyIn(this.clock.now(), await this.rules.get('businessTimeZone', tx));
  }
}
