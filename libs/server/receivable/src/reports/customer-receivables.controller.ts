import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { CustomerReceivableSummaryDto } from './customer-receivables.dto';
import { ReceivableReportsService } from './receivable-reports.service';

@ApiTags('Receivables')
@Controller('customers')
export class CustomerReceivablesController {
  constructor(private readonly reports: ReceivableReportsService) {}

  @Get(':id/receivable-summary')
  @Authorized('receivable:read')
  @ApiOperation({ summary: 'What the customer owes: amounts in force, received, pending, outstanding and overdue over his active and completed contracts in my data scope' })
  @ApiOkResponse({ type: CustomerReceivableSummaryDto })
  @ApiProblems(400, 404)
  summary(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<CustomerReceivableSummaryDto> {
    return this.reports.customerSummary(me, id);
  }
}
