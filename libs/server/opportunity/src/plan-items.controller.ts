import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { CreatePlanItemDto, ExecutePlanItemDto, PlanItemDto, UpdatePlanItemDto } from './dto/plan-item.dto';
import { PlanItemsService } from './plan-items.service';

@ApiTags('Development plans')
@Controller('opportunities/:id/plan-items')
export class PlanItemsController {
  constructor(private readonly plans: PlanItemsService) {}

  @Get()
  @Authorized('opportunity:read')
  @ApiOperation({ summary: 'The development plan: items in planned order with their execution' })
  @ApiOkResponse({ type: [PlanItemDto] })
  @ApiProblems(400, 404)
  list(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<PlanItemDto[]> {
    return this.plans.list(me, id);
  }

  @Post()
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Add a plan item (what to do, when, who)' })
  @ApiCreatedResponse({ type: PlanItemDto })
  @ApiProblems(400, 403, 404, { 409: 'opportunity-closed', 422: 'assignee-outside-department' })
  create(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: CreatePlanItemDto): Promise<PlanItemDto> {
    return this.plans.create(me, id, dto);
  }

  @Patch(':itemId')
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Change a plan item' })
  @ApiOkResponse({ type: PlanItemDto })
  @ApiProblems(400, 403, 404, { 409: 'opportunity-closed', 422: 'assignee-outside-department' })
  update(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Param('itemId', UuidParam) itemId: string, @Body() dto: UpdatePlanItemDto): Promise<PlanItemDto> {
    return this.plans.update(me, id, itemId, dto);
  }

  @Post(':itemId/execute')
  @HttpCode(200)
  @Authorized('opportunity:write')
  @ApiOperation({ summary: 'Record the execution result of a plan item' })
  @ApiOkResponse({ type: PlanItemDto })
  @ApiProblems(400, 403, 404)
  execute(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Param('itemId', UuidParam) itemId: string, @Body() dto: ExecutePlanItemDto): Promise<PlanItemDto> {
    return this.plans.execute(me, id, itemId, dto);
  }
}
