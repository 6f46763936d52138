import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiPageResponse, ApiProblems, Authorized, CurrentUser, IfMatch, PageDto, Principal, UuidParam } from '@kehu/server-core';
import {
  AssignOpportunityDto,
  ChangeStageDto,
  CreatedOpportunityDto,
  CreateOpportunityDto,
  LoseOpportunityDto,
  OpportunityDto,
  OpportunityKanbanDto,
  OpportunityKanbanQueryDto,
  OpportunityQueryDto,
  ReopenOpportunityDto,
  StageChangeDto,
  StageDefinitionDto,
  StageProbabilityDto,
  UpdateOpportunityDto,
  WinOpportunityDto,
} from './dto/opportunity.dto';
import { OpportunitiesService } from './opportunities.service';

@ApiTags('Opportunity stages')
@Controller('opportunity-stages')
export class OpportunityStagesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Get()
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'The stages of the opportunity-stage dictionary, in order, with their default probabilities' })
  @ApiOkResponse({ type: [StageDefinitionDto] })
  list(): Promise<StageDefinitionDto[]> {
    return this.opportunities.stages();
  }

  @Put(':stage')
  @Authorized('rule:write')
  @ApiOperation({ summary: 'Change a stage’s default probability (applies to later stage changes)' })
  @ApiParam({ name: 'stage', description: 'Stage code' })
  @ApiOkResponse({ type: StageDefinitionDto })
  @ApiProblems(400, 404)
  setProbability(@CurrentUser() me: Principal, @Param('stage') stage: string, @Body() dto: StageProbabilityDto): Promise<StageDefinitionDto> {
    return this.opportunities.setStageProbability(me, stage, dto.probability);
  }
}

@ApiTags('Opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Get()
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'Opportunities in your data scope (`status=UNASSIGNED`: the managers’ queue)' })
  @ApiPageResponse(OpportunityDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: OpportunityQueryDto): Promise<PageDto<OpportunityDto>> {
    return this.opportunities.list(me, query);
  }

  @Get('kanban')
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'The kanban: per open stage the count, Σ expected amount and the first cards of the open opportunities in your data scope' })
  @ApiOkResponse({ type: OpportunityKanbanDto })
  @ApiProblems(400)
  kanban(@CurrentUser() me: Principal, @Query() query: OpportunityKanbanQueryDto): Promise<OpportunityKanbanDto> {
    return this.opportunities.kanban(me, query);
  }

  @Post()
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Enter an opportunity for a customer in your scope or a named prospect (answers duplicate warnings for a prospect)' })
  @ApiCreatedResponse({ type: CreatedOpportunityDto })
  @ApiProblems(400, { 422: 'assignee-outside-department' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateOpportunityDto): Promise<CreatedOpportunityDto> {
    return this.opportunities.create(me, dto);
  }

  @Get(':id')
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'One opportunity' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<OpportunityDto> {
    return this.opportunities.get(me, id);
  }

  @Patch(':id')
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Edit an open opportunity (owner or sales manager)' })
  @ApiIfMatch()
  @ApiOkResponse({ type: OpportunityDto })
  @ApiProblems(400, 403, 404, 412, { 409: 'opportunity-closed' })
  update(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: UpdateOpportunityDto, @IfMatch() ifMatch?: string): Promise<OpportunityDto> {
    return this.opportunities.update(me, id, dto, ifMatch);
  }

  @Get(':id/history')
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'Stage history: who moved it, when, from and to' })
  @ApiOkResponse({ type: [StageChangeDto] })
  @ApiProblems(400, 404)
  history(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<StageChangeDto[]> {
    return this.opportunities.history(me, id);
  }

  @Post(':id/stage')
  @HttpCode(200)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Move to another open stage: forward one at a time, back to any earlier one' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiProblems(400, 403, 404, { 409: 'opportunity-stage-jump, opportunity-closed' })
  changeStage(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ChangeStageDto): Promise<OpportunityDto> {
    return this.opportunities.changeStage(me, id, dto);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Authorized('opportunity:assign')
  @ApiOperation({ summary: 'Give the opportunity to a rep of a department you manage' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiProblems(400, 404, { 409: 'opportunity-closed', 422: 'assignee-outside-department' })
  assign(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: AssignOpportunityDto): Promise<OpportunityDto> {
    return this.opportunities.assign(me, id, dto);
  }

  @Post(':id/win')
  @HttpCode(200)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Won: a prospect becomes a customer; the customer becomes at least INTENT (one transaction)' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiProblems(400, 403, 404, { 409: 'opportunity-closed, duplicate-customer, illegal-lifecycle-transition, owned-customer-limit' })
  win(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: WinOpportunityDto): Promise<OpportunityDto> {
    return this.opportunities.win(me, id, dto);
  }

  @Post(':id/lose')
  @HttpCode(200)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Lost, with a reason from the loss-reason dictionary' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiProblems(400, 403, 404, { 409: 'opportunity-closed' })
  lose(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: LoseOpportunityDto): Promise<OpportunityDto> {
    return this.opportunities.lose(me, id, dto);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Authorized('opportunity:assign')
  @ApiOperation({ summary: 'Reopen a won or lost opportunity (sales managers; audited with the reason)' })
  @ApiOkResponse({ type: OpportunityDto })
  @ApiProblems(400, 404, { 409: 'opportunity-not-closed' })
  reopen(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ReopenOpportunityDto): Promise<OpportunityDto> {
    return this.opportunities.reopen(me, id, dto);
  }
}
