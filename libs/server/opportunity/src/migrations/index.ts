import { Opportunities1764001500000 } from './1764001500000-opportunities';
import { Quotes1764001600000 } from './1764001600000-quotes';

export const opportunityMigrations = [Opportunities1764001500000, Quotes1764001600000];
