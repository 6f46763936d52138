import { ApiProperty } from '@nestjs/swagger';
import { DateField, EnumField, PageQueryDto, UuidField } from '@kehu/server-core';
import { InstalmentState } from '../receivable-rules';

export class InstalmentListQueryDto extends PageQueryDto {
  @EnumField(InstalmentState, { optional: true, enumName: 'InstalmentState', description: 'OVERDUE: the overdue list 回款预警 (instalments the overdue job marked)' })
  state?: InstalmentState;
  @UuidField({ optional: true }) customerId?: string;
  @UuidField({ optional: true, description: 'The contract’s owner' }) ownerId?: string;
  @UuidField({ optional: true }) contractId?: string;
  @DateField({ optional: true, description: 'Due on or after this day' }) dueFrom?: string;
  @DateField({ optional: true, description: 'Due on or before this day' }) dueTo?: string;
}

/** An instalment with its contract, customer and owner: a row of the instalment (overdue) list. */
export class InstalmentListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 'HT202611-0001' }) contractNumber: string;
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ nullable: true, type: String, example: '靖江市春意空调有限公司' }) customerName: string | null;
  @ApiProperty({ format: 'uuid' }) ownerId: string;
  @ApiProperty({ nullable: true, type: String, example: '张伟' }) ownerName: string | null;
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ format: 'date', example: '2027-01-31' }) dueDate: string;
  @ApiProperty({ example: '30000.00' }) amount: string;
  @ApiProperty({ example: '10000.00', description: 'Confirmed payments allocated to it, net of reversals' }) received: string;
  @ApiProperty({ example: '20000.00' }) outstanding: string;
  @ApiProperty({ enum: InstalmentState, enumName: 'InstalmentState' }) state: InstalmentState;
  @ApiProperty({ example: 0, description: 'Days past the due date, counted to today in the business time zone (0 when not overdue)' }) daysOverdue: number;
}
