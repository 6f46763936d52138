// The opportunity domain's public surface: the module, its permissions and its migrations.
export { OpportunityModule } from './opportunity.module';
export { OPPORTUNITY_PERMISSIONS } from './opportunity.permissions';
export { OpportunityFacade, type AcceptedQuote, type OpportunityRef } from './opportunity.facade';
export type { LineInput, PricedLine, PricedLines } from './line-pricing';
export { needsDiscountApproval } from './quote-rules';
export type { QuoteDto } from './dto/quote.dto';
export { PercentField, PricedLineDto, PricedLineInputDto, toPricedLineDtos, type PricedLineFields } from './dto/priced-line.dto';
export { OpportunityStatus } from './entities/opportunity.entity';
export type { OpportunityDto } from './dto/opportunity.dto';
export { opportunityMigrations } from './migrations';
