import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, CoreError, CoreErrorCode, notFound, Principal } from '@kehu/server-core';
import { ProductFacade } from '@kehu/server-product';
import { DataSource, EntityManager } from 'typeorm';
import { QuoteDto, toQuoteDto } from './dto/quote.dto';
import { Opportunity, OpportunityStatus } from './entities/opportunity.entity';
import { OpportunityStageChange } from './entities/opportunity-stage-change.entity';
import { Quote } from './entities/quote.entity';
import { LineInput, priceLines, PricedLines } from './line-pricing';
import { OpportunitiesService } from './opportunities.service';
import { WON_STAGE } from './opportunity-rules';
import { OpportunityRepository } from './opportunity.repository';
import { QuoteStatus } from './quote-rules';

/** What a contract needs to know of the opportunity it is made from. */
export interface OpportunityRef {
  id: string;
  title: string;
  customerId: string | null;
  status: OpportunityStatus;
}

/** An accepted quote as a contract draft starts from it (DOMAIN §4 "a quote can become a contract draft"). */
export interface AcceptedQuote extends QuoteDto {
  /** Null while the opportunity is for a prospect (winning it makes the customer). */
  customerId: string | null;
}

/** What other domains (contracts) may ask of opportunities and quotes; they keep ids only. */
@Injectable()
export class OpportunityFacade {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly repository: OpportunityRepository,
    private readonly opportunities: OpportunitiesService,
    private readonly products: ProductFacade,
  ) {}

  /** Lines priced exactly as quotes are (line-pricing.ts); bad fields named `lines[i]…`; nothing written. */
  priceLines(tx: EntityManager, input: { lines: readonly LineInput[]; headerDiscountPercent?: string }): Promise<PricedLines> {
    return priceLines(this.products, tx, input);
  }

  /** An opportunity the caller may see (404 otherwise), as a contract refers to it. */
  async visibleOpportunity(principal: Principal, id: string, manager: EntityManager = this.db.manager): Promise<OpportunityRef> {
    const o = await this.repository.findVisible(manager, principal, id);
    if (!o) throw notFound('Opportunity', id);
    return { id: o.id, title: o.title, customerId: o.customerId, status: o.status };
  }

  /** The status of an opportunity, whoever may see it (the contract's own scope was checked). */
  async statusOf(manager: EntityManager, id: string): Promise<OpportunityStatus | null> {
    return (await manager.findOne(Opportunity, { where: { id } }))?.status ?? null;
  }

  /**
   * A contract made from the opportunity was signed (issue 21 item 5): an open opportunity is closed
   * as won (stage history written); a won one stays won; a lost one is refused with 409
   * `invalid-state`, so the signing rolls back. In the caller's transaction.
   */
  async closeWonBySigning(manager: EntityManager, id: string, actor: Principal, contractNumber: string): Promise<void> {
    const o = await manager.findOne(Opportunity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!o || o.status === OpportunityStatus.Won) return;
    if (o.status === OpportunityStatus.Lost) {
      throw new CoreError(CoreErrorCode.InvalidState, `Opportunity "${o.title}" was lost; reopen it before signing contract ${contractNumber}`);
    }
    const now = this.clock.now();
    const won = (await this.opportunities.stages(manager)).find((s) => s.code === WON_STAGE);
    await manager.save(manager.create(OpportunityStageChange, { opportunityId: o.id, fromStage: o.stage, toStage: WON_STAGE, changedBy: actor.userId, changedAt: now, note: `contract ${contractNumber} signed` }));
    await manager.save(Object.assign(o, { stage: WON_STAGE, status: OpportunityStatus.Won, probability: won?.probability ?? 100, stageChangedAt: now, closedAt: now, closedBy: actor.userId }));
  }

  /** The quote became the signed contract `contractId` (issue 21 item 5); in the caller's transaction. */
  async markQuoteContracted(manager: EntityManager, quoteId: string, contractId: string): Promise<void> {
    const q = await manager.findOne(Quote, { where: { id: quoteId }, lock: { mode: 'pessimistic_write' } });
    if (!q) return;
    if (q.contractId && q.contractId !== contractId) {
      throw new CoreError(CoreErrorCode.InvalidState, `Quote ${q.number} (${q.revision}) is already on another signed contract`);
    }
    await manager.save(Object.assign(q, { contractId, contractedAt: this.clock.now() }));
  }

  /**
   * The ACCEPTED, current revision of a quote the caller may see, with its lines: what the contract
   * issue's `quoteId` consumes. Missing or out of scope: 404; any other state: 409 `invalid-state`.
   */
  async acceptedQuote(principal: Principal, quoteId: string, manager: EntityManager = this.db.manager): Promise<AcceptedQuote> {
    const quote = await this.repository.findVisibleQuote(manager, principal, quoteId);
    if (!quote) throw notFound('Quote', quoteId);
    if (quote.status !== QuoteStatus.Accepted || quote.supersededById) {
      throw new CoreError(CoreErrorCode.InvalidState, `Quote ${quote.number} (${quote.revision}) is ${quote.status}; only an accepted quote starts a contract`);
    }
    const opportunity = await this.repository.findVisible(manager, principal, quote.opportunityId);
    return { ...toQuoteDto(quote, await this.repository.quoteLines(manager, [quote.id])), customerId: opportunity?.customerId ?? null };
  }
}
