import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { CreateFollowUpDto, FollowUpDto, FollowUpQueryDto } from './follow-up.dto';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('Follow-ups')
@Controller()
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get('follow-ups')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Follow-ups of the customers I may see' })
  @ApiPageResponse(FollowUpDto)
  @ApiProblems(400)
  search(@CurrentUser() me: Principal, @Query() query: FollowUpQueryDto): Promise<PageDto<FollowUpDto>> {
    return this.followUps.search(me, query);
  }

  @Get('customers/:customerId/follow-ups')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Follow-ups of a customer, newest first' })
  @ApiOkResponse({ type: [FollowUpDto] })
  @ApiProblems(400, 404)
  list(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string): Promise<FollowUpDto[]> {
    return this.followUps.listOf(me, customerId);
  }

  @Post('customers/:customerId/follow-ups')
  @Authorized('follow-up:write')
  @ApiOperation({ summary: 'Record a follow-up; updates the customer’s last and next contact time' })
  @ApiCreatedResponse({ type: FollowUpDto })
  @ApiProblems(400, 404)
  create(@CurrentUser() me: Principal, @Param('customerId', UuidParam) customerId: string, @Body() dto: CreateFollowUpDto): Promise<FollowUpDto> {
    return this.followUps.create(me, customerId, dto);
  }
}
