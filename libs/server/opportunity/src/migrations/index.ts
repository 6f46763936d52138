import { Opportunities1764001500000 } from './1764001500000-opportunities';
import { Quotes1764001600000 } from './1764001600000-quotes';
import { QuoteContract1764003110000 } from './1764003110000-quote-contract';
import { OpportunityKanban1764003000000 } from './1764003000000-opportunity-kanban';

export const opportunityMigrations = [Opportunities1764001500000, Quotes1764001600000, OpportunityKanban1764003000000, QuoteContract1764003110000];
