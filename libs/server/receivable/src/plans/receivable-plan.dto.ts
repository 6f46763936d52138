import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateField, EnumField, IntField, MoneyField, TextField, UuidField } from '@kehu/server-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { InstalmentState, PaymentTrigger } from '../receivable-rules';

/** The most instalments one plan may have (monthly over five years). */
export const MAX_INSTALMENTS = 60;

export class InstalmentInputDto {
  @UuidField({ optional: true, description: 'An instalment of the current plan, kept or changed; omitted for a new one' }) id?: string;
  @DateField({ example: '2027-01-31' }) dueDate: string;
  @MoneyField({ example: '30000.00', description: 'Greater than 0' }) amount: string;
  @TextField({ max: 500, min: 0, optional: true, nullable: true, example: '签约后 30 日内预付 30%' }) note?: string | null;
}

/** The whole plan, replacing the current one: instalments that received money must be sent unchanged. */
export class SaveReceivablePlanDto {
  @ApiProperty({ type: [InstalmentInputDto], minItems: 1, maxItems: MAX_INSTALMENTS, description: 'Their amounts add up to the contract amount in force' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INSTALMENTS)
  @ValidateNested({ each: true })
  @Type(() => InstalmentInputDto)
  instalments: InstalmentInputDto[];
}

export class InstalmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1, description: 'Position in the plan, by due date' }) number: number;
  @ApiProperty({ format: 'date', example: '2027-01-31' }) dueDate: string;
  @ApiProperty({ example: '30000.00' }) amount: string;
  @ApiProperty({ example: '10000.00', description: 'Confirmed payments allocated to it, net of reversals' }) received: string;
  @ApiProperty({ example: '20000.00' }) outstanding: string;
  @ApiProperty({ enum: InstalmentState, enumName: 'InstalmentState', description: 'OVERDUE from the day after the due date (business time zone) while not fully paid' })
  state: InstalmentState;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() version: number;
}

/** A contract's receivable plan and where it stands; every figure is derived from confirmed payments. */
export class ReceivablePlanDto {
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 'HT202611-0001' }) contractNumber: string;
  @ApiProperty({ example: '100000.00', description: 'The contract amount in force' }) contractAmount: string;
  @ApiProperty({ example: '100000.00', description: 'Sum of the instalments (0.00 before a plan is entered)' }) planned: string;
  @ApiProperty({ example: '30000.00', description: 'Confirmed payments net of reversals' }) received: string;
  @ApiProperty({ example: '5000.00', description: 'Payments awaiting finance’s confirmation' }) pending: string;
  @ApiProperty({ example: '70000.00', description: 'Contract amount minus received' }) outstanding: string;
  @ApiProperty({ example: '0.00', description: 'Outstanding on overdue instalments' }) overdue: string;
  @ApiProperty({ type: [InstalmentDto], description: 'Oldest due first' }) instalments: InstalmentDto[];
}

export class PaymentTermDto {
  @MoneyField({ example: '30', description: 'Percent of the amount to plan (> 0, at most two decimals); the terms add up to 100' }) percent: string;
  @EnumField(PaymentTrigger, { enumName: 'PaymentTrigger', description: 'SIGNING: the signing date (today if not signed yet); DELIVERY / ACCEPTANCE: the expected day in `date`; DATE: `date` itself' })
  trigger: PaymentTrigger;
  @IntField({ min: 0, max: 3650, optional: true, default: 0, example: 30, description: 'Days after the trigger (ignored for DATE)' }) offsetDays?: number;
  @DateField({ optional: true, nullable: true, example: '2027-03-31', description: 'Required unless SIGNING' }) date?: string | null;
}

/** Payment terms 付款条件 to turn into instalments, e.g. 30 / 60 / 10 % at signing / delivery / acceptance + N days. */
export class ProposeReceivablePlanDto {
  @ApiProperty({ type: [PaymentTermDto], minItems: 1, maxItems: MAX_INSTALMENTS, description: 'One instalment per term, in this order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INSTALMENTS)
  @ValidateNested({ each: true })
  @Type(() => PaymentTermDto)
  terms: PaymentTermDto[];
}

export class ProposedInstalmentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An instalment of the current plan kept as it is (it received money, or a pending payment names it); absent on a new one' })
  id?: string;
  @ApiProperty({ format: 'date', example: '2027-01-06' }) dueDate: string;
  @ApiProperty({ example: '8678.40' }) amount: string;
  @ApiProperty({ nullable: true, type: String, example: '签约后 30 日内 30%' }) note: string | null;
}

/** A plan proposed from payment terms, not saved: edit it and send it to PUT as it is. */
export class ReceivablePlanProposalDto {
  @ApiProperty({ example: '28928.00', description: 'The contract amount in force' }) contractAmount: string;
  @ApiProperty({ example: '28928.00', description: 'What the terms were applied to: the amount in force minus the instalments kept' }) spread: string;
  @ApiProperty({ type: [ProposedInstalmentDto], description: 'The kept instalments, then one per term; they add up to the contract amount' }) instalments: ProposedInstalmentDto[];
}
