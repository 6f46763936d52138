import { Controller, Get, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal } from '@kehu/server-core';
import { AgingQueryDto, AgingReportDto } from './aging.dto';
import { PlanVsActualQueryDto, PlanVsActualReportDto } from './plan-vs-actual.dto';
import { ReceivableReportsService } from './receivable-reports.service';

@ApiTags('Receivables')
@Controller('reports')
export class ReceivableReportsController {
  constructor(private readonly reports: ReceivableReportsService) {}

  @Get('receivables-aging')
  @Authorized('receivable:read')
  @ApiOperation({
    summary:
      'Aging 账龄 of overdue receivables in my data scope: outstanding amounts 1–30 / 31–60 / 61–90 / > 90 days past due, per customer, owner or department, with totals; as CSV with `format=csv` or `Accept: text/csv` (audited as an export)',
  })
  @ApiExtraModels(AgingReportDto)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      "The report. CSV: UTF-8 with BOM; headers are the aging page's labels (客户/负责人/部门, 1–30 天, 31–60 天, 61–90 天, 90 天以上, 合计), a last row 总计; a text cell starting with =, +, -, @, tab or CR is written with a leading '",
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AgingReportDto) } },
      'text/csv': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400)
  aging(@CurrentUser() me: Principal, @Query() query: AgingQueryDto, @Headers('accept') accept?: string): Promise<AgingReportDto | StreamableFile> {
    return this.reports.agingAnswer(me, query, accept);
  }

  @Get('receivables-plan-vs-actual')
  @Authorized('receivable:read')
  @ApiOperation({ summary: 'Collected vs planned per month in my data scope: instalments due in each month against confirmed payments paid in it (net of reversals), with totals' })
  @ApiOkResponse({ type: PlanVsActualReportDto })
  @ApiProblems(400)
  planVsActual(@CurrentUser() me: Principal, @Query() query: PlanVsActualQueryDto): Promise<PlanVsActualReportDto> {
    return this.reports.planVsActual(me, query);
  }
}
