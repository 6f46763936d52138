import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiProblems, Authorized, CurrentUser, IfMatch, Principal } from '@kehu/server-core';
import { ApprovalChainsService } from './approval-chains.service';
import { ApprovalChainDto, UpdateApprovalChainDto } from './dto/approval-chain.dto';

@ApiTags('Approvals')
@Controller('approval-chains')
export class ApprovalChainsController {
  constructor(private readonly chains: ApprovalChainsService) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: 'Who approves each kind of request, step by step' })
  @ApiOkResponse({ type: [ApprovalChainDto] })
  list(): Promise<ApprovalChainDto[]> {
    return this.chains.list();
  }

  @Get(':subjectType')
  @Authorized()
  @ApiOperation({ summary: 'One approval chain' })
  @ApiOkResponse({ type: ApprovalChainDto })
  @ApiProblems(404)
  get(@Param('subjectType') subjectType: string): Promise<ApprovalChainDto> {
    return this.chains.get(subjectType);
  }

  @Put(':subjectType')
  @Authorized('approval-chain:write')
  @ApiOperation({ summary: 'Replace the steps of a chain; requests already submitted keep theirs' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ApprovalChainDto })
  @ApiProblems(400, 404, 412)
  update(
    @CurrentUser() me: Principal,
    @Param('subjectType') subjectType: string,
    @Body() dto: UpdateApprovalChainDto,
    @IfMatch() ifMatch?: string,
  ): Promise<ApprovalChainDto> {
    return this.chains.update(me, subjectType, dto, ifMatch);
  }
}
