// The receivables domain's public surface: its module, its permissions and the types it answers.
export { ReceivableModule } from './receivable.module';
export { RECEIVABLE_PERMISSIONS } from './receivable.permissions';
export { ReceivableError, ReceivableErrorCode } from './receivable.exception';
export { InstalmentState, PaymentKind, PaymentStatus, PaymentTrigger } from './receivable-rules';
export type { ReceivablePlanDto, InstalmentDto } from './plans/receivable-plan.dto';
export type { PaymentDto } from './payments/payment.dto';
export { DeliveryStatus } from './deliveries/delivery-rules';
export type { ContractDeliveriesDto, DeliveryDto } from './deliveries/delivery.dto';
export { receivableMigrations } from './migrations';
