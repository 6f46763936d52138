import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { ChurnService } from './churn.service';
import { ChurnAlertDto, ChurnAlertQueryDto, ConfirmChurnDto, DeferChurnDto } from './churn.dto';

/** Churn alerts 流失预警 (DOMAIN §10). */
@ApiTags('Churn alerts')
@Controller('churn-alerts')
export class ChurnAlertsController {
  constructor(private readonly churn: ChurnService) {}

  @Get()
  @Authorized('customer:read')
  @ApiOperation({
    summary: 'Churn alerts of customers in my data scope (active ones by default)',
    description: 'Counts matches up to 1,000: beyond that `total` is 1000 and `totalCapped` true.',
  })
  @ApiPageResponse(ChurnAlertDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: ChurnAlertQueryDto): Promise<PageDto<ChurnAlertDto>> {
    return this.churn.list(me, query);
  }

  @Get(':id')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'A churn alert with its retention measures' })
  @ApiOkResponse({ type: ChurnAlertDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ChurnAlertDto> {
    return this.churn.get(me, id);
  }

  @Post(':id/defer')
  @HttpCode(200)
  @Authorized('churn:handle')
  @ApiOperation({ summary: '暂缓流失: record a retention measure (appends; the alert stays DEFERRED)' })
  @ApiOkResponse({ type: ChurnAlertDto })
  @ApiProblems(400, 404, {
    403: "`not-customer-owner`: only the customer's owner, or a user with customer:transfer",
    409: '`churn-alert-closed`',
  })
  defer(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: DeferChurnDto): Promise<ChurnAlertDto> {
    return this.churn.defer(me, id, dto);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Authorized('churn:handle')
  @ApiOperation({ summary: '确认流失: confirm the loss with a reason; the customer becomes LOST (a later contract brings it back)' })
  @ApiOkResponse({ type: ChurnAlertDto })
  @ApiProblems(400, 404, {
    403: "`not-customer-owner`: only the customer's owner, or a user with customer:transfer",
    409: '`churn-alert-closed`, `illegal-lifecycle-transition`',
  })
  confirm(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ConfirmChurnDto): Promise<ChurnAlertDto> {
    return this.churn.confirm(me, id, dto);
  }
}
