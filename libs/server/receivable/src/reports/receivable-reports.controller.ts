import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal } from '@kehu/server-core';
import { AgingQueryDto, AgingReportDto } from './aging.dto';
import { ReceivableReportsService } from './receivable-reports.service';

@ApiTags('Receivables')
@Controller('reports')
export class ReceivableReportsController {
  constructor(private readonly reports: ReceivableReportsService) {}

  @Get('receivables-aging')
  @Authorized('receivable:read')
  @ApiOperation({ summary: 'Aging 账龄 of overdue receivables in my data scope: outstanding amounts 1–30 / 31–60 / 61–90 / > 90 days past due, per customer, owner or department, with totals' })
  @ApiOkResponse({ type: AgingReportDto })
  @ApiProblems(400)
  aging(@CurrentUser() me: Principal, @Query() query: AgingQueryDto): Promise<AgingReportDto> {
    return this.reports.aging(me, query.groupBy ?? 'customer');
  }
}
