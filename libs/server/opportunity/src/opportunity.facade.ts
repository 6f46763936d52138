import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoreError, CoreErrorCode, notFound, Principal } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { QuoteDto, toQuoteDto } from './dto/quote.dto';
import { OpportunityRepository } from './opportunity.repository';
import { QuoteStatus } from './quote-rules';

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
    private readonly repository: OpportunityRepository,
  ) {}

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
