import { Receivables1764003510000 } from './1764003510000-receivables';
import { ReceivableInstalmentList1764003600000 } from './1764003600000-receivable-instalment-list';

export const receivableMigrations = [Receivables1764003510000, ReceivableInstalmentList1764003600000];
