import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal } from '@kehu/server-core';
import { FunnelDto, FunnelQueryDto } from './dto/funnel.dto';
import { FunnelService } from './funnel.service';

@ApiTags('Reports')
@Controller('reports')
export class FunnelController {
  constructor(private readonly funnels: FunnelService) {}

  @Get('funnel')
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'The sales funnel: per stage count, amount and weighted amount; win rate, cycle days, stage conversion; forecast by month (data scope applies)' })
  @ApiOkResponse({ type: FunnelDto })
  @ApiProblems(400, 404)
  funnel(@CurrentUser() me: Principal, @Query() query: FunnelQueryDto): Promise<FunnelDto> {
    return this.funnels.funnel(me, query);
  }
}
