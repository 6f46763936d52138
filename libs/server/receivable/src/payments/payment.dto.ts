import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateField, EnumField, MoneyField, PageQueryDto, ProblemDto, TextField, UuidField } from '@kehu/server-core';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { PaymentKind, PaymentStatus } from '../receivable-rules';

export class RecordPaymentDto {
  @UuidField({ description: 'The contract paid' }) contractId: string;
  @UuidField({ optional: true, nullable: true, description: 'The instalment paid; omitted: allocated to the oldest open instalments when confirmed' })
  instalmentId?: string | null;
  @MoneyField({ example: '30000.00', description: 'Greater than 0, at most what is outstanding' }) amount: string;
  @DateField({ example: '2026-12-07', description: 'The day the money arrived; not in the future (business time zone)' }) paidOn: string;
  @TextField({ max: 50, example: 'bank_transfer', description: 'Dictionary `payment-method` (bank transfer, cash, cheque, acceptance bill…)' }) method: string;
  @TextField({ max: 100, optional: true, nullable: true, example: '中国银行靖江支行 5123 0000 1111' }) payerAccount?: string | null;
  @UuidField({ optional: true, nullable: true, description: '经手人: the user who handled the money' }) handlerId?: string | null;
  @TextField({ max: 500, min: 0, optional: true, nullable: true }) note?: string | null;
  @UuidField({ optional: true, nullable: true, description: 'The bank slip: the `fileId` of one of the contract’s attachments (`POST /contracts/{id}/attachments`); another file is 400 naming the field' }) attachmentFileId?: string | null;
}

export class RejectPaymentDto {
  @TextField({ max: 500, example: '银行流水中未找到该笔款项' }) reason: string;
}

export class ReversePaymentDto {
  @TextField({ max: 500, example: '误录：款项属于另一合同' }) reason: string;
}

export class PaymentQueryDto extends PageQueryDto {
  @UuidField({ optional: true }) contractId?: string;
  @EnumField(PaymentStatus, { optional: true, enumName: 'PaymentStatus', description: 'PENDING: the confirmation queue' }) status?: PaymentStatus;
}

export class PaymentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 'HT202611-0001' }) contractNumber: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) instalmentId: string | null;
  @ApiProperty({ enum: PaymentKind, enumName: 'PaymentKind' }) kind: PaymentKind;
  @ApiProperty({ enum: PaymentStatus, enumName: 'PaymentStatus' }) status: PaymentStatus;
  @ApiProperty({ example: '30000.00', description: 'Negative on a reversal' }) amount: string;
  @ApiProperty({ format: 'date' }) paidOn: string;
  @ApiProperty({ example: 'bank_transfer' }) method: string;
  @ApiProperty({ nullable: true, type: String }) payerAccount: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) handlerId: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) attachmentFileId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'On a reversal: the payment it reverses' }) reversesId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'On a reversed payment: its reversal' }) reversedById: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it was rejected, or why it was reversed' }) reason: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Who confirmed or rejected it (on a reversal: who reversed)' }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { instalmentId: { type: 'string', format: 'uuid' }, amount: { type: 'string' } }, required: ['instalmentId', 'amount'] }, description: 'How it is spread over instalments (empty until confirmed)' })
  allocations: Array<{ instalmentId: string; amount: string }>;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() version: number;
}

/** At most this many payments per batch confirmation: a page of the queue at its largest useful size. */
export const MAX_BATCH_CONFIRM = 100;

export class ConfirmPaymentsDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_BATCH_CONFIRM, description: 'Pending payments to confirm, in this order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_CONFIRM)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  paymentIds: string[];
}

export class PaymentConfirmationResultDto {
  @ApiProperty({ format: 'uuid' }) paymentId: string;
  @ApiProperty({ enum: ['CONFIRMED', 'FAILED'] }) status: 'CONFIRMED' | 'FAILED';
  @ApiPropertyOptional({
    type: ProblemDto,
    description: 'Why this one failed: the problem confirming it alone answers (404; 409 `payment-state-conflict`, `payment-exceeds-outstanding`, `receivable-contract-not-open`)',
  })
  problem?: ProblemDto;
}

export class PaymentConfirmationsDto {
  @ApiProperty({ type: [PaymentConfirmationResultDto], description: 'One answer per requested payment, in request order' }) results: PaymentConfirmationResultDto[];
}
