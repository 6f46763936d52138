import { Opportunities1764001500000 } from './1764001500000-opportunities';

export const opportunityMigrations = [Opportunities1764001500000];
