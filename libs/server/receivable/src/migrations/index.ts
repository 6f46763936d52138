import { Receivables1764003510000 } from './1764003510000-receivables';

export const receivableMigrations = [Receivables1764003510000];
