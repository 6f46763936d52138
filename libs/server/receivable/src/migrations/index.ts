import { Receivables1764003510000 } from './1764003510000-receivables';
import { Deliveries1764003700000 } from './1764003700000-deliveries';
import { PaymentPendingQueue1764003800000 } from './1764003800000-payment-pending-queue';

export const receivableMigrations = [Receivables1764003510000, Deliveries1764003700000, PaymentPendingQueue1764003800000];
