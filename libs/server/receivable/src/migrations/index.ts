import { Receivables1764003510000 } from './1764003510000-receivables';
import { ReceivableInstalmentList1764003600000 } from './1764003600000-receivable-instalment-list';
import { ReceivableOverdueMarks1764003610000 } from './1764003610000-receivable-overdue-marks';
import { ReceivableCollectionsIndex1764003620000 } from './1764003620000-receivable-collections-index';
import { Deliveries1764003700000 } from './1764003700000-deliveries';
import { PaymentPendingQueue1764003800000 } from './1764003800000-payment-pending-queue';
import { ReceivableGrants1764004000000 } from './1764004000000-receivable-grants';

export const receivableMigrations = [
  Receivables1764003510000,
  ReceivableInstalmentList1764003600000,
  ReceivableOverdueMarks1764003610000,
  ReceivableCollectionsIndex1764003620000,
  Deliveries1764003700000,
  PaymentPendingQueue1764003800000,
  ReceivableGrants1764004000000,
];
