import { ApiProperty } from '@nestjs/swagger';

/** What a customer owes over his signed contracts that the caller sees (customer detail page). */
export class CustomerReceivableSummaryDto {
  @ApiProperty({ example: '128928.00', description: 'Amounts in force of the customer’s active and completed contracts in my data scope' }) contractAmount: string;
  @ApiProperty({ example: '30000.00', description: 'Confirmed payments net of reversals' }) received: string;
  @ApiProperty({ example: '5000.00', description: 'Payments awaiting finance’s confirmation' }) pending: string;
  @ApiProperty({ example: '98928.00', description: 'Contract amount minus received' }) outstanding: string;
  @ApiProperty({ example: '0.00', description: 'Outstanding on overdue instalments' }) overdue: string;
}
