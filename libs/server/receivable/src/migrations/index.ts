import { Receivables1764003510000 } from './1764003510000-receivables';
import { PaymentPendingQueue1764003800000 } from './1764003800000-payment-pending-queue';

export const receivableMigrations = [Receivables1764003510000, PaymentPendingQueue1764003800000];
