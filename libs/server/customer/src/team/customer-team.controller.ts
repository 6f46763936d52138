import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { CustomerTeamService } from './customer-team.service';
import { PutTeamMemberDto, TeamMemberDto } from './customer-team.dto';

@ApiTags('Customers')
@Controller('customers/:id/team')
export class CustomerTeamController {
  constructor(private readonly team: CustomerTeamService) {}

  @Get()
  @Authorized('customer:read')
  @ApiOperation({ summary: 'The customer’s team (项目团队): colleagues who see it whatever their data scope' })
  @ApiOkResponse({ type: [TeamMemberDto] })
  @ApiProblems(400, 404)
  list(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<TeamMemberDto[]> {
    return this.team.list(me, id);
  }

  @Put(':userId')
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Add a colleague to the team or change their access (owner, or a manager whose scope covers the customer)' })
  @ApiOkResponse({ type: TeamMemberDto })
  @ApiProblems(400, 404)
  put(
    @CurrentUser() me: Principal,
    @Param('id', UuidParam) id: string,
    @Param('userId', UuidParam) userId: string,
    @Body() dto: PutTeamMemberDto,
  ): Promise<TeamMemberDto> {
    return this.team.put(me, id, userId, dto);
  }

  @Delete(':userId')
  @HttpCode(204)
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Take a colleague off the team' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404)
  remove(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Param('userId', UuidParam) userId: string): Promise<void> {
    return this.team.remove(me, id, userId);
  }
}
