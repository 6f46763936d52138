import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { ReceivablePlanDto, SaveReceivablePlanDto } from './receivable-plan.dto';
import { ReceivablePlansService } from './receivable-plans.service';

@ApiTags('Receivables')
@Controller('contracts/:id/receivable-plans')
export class ReceivablePlansController {
  constructor(private readonly plans: ReceivablePlansService) {}

  @Get()
  @Authorized('receivable:read')
  @ApiOperation({ summary: 'The contract’s receivable plan 回款计划: instalments with what each received and its state, and the contract’s received / pending / outstanding / overdue amounts' })
  @ApiOkResponse({ type: ReceivablePlanDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ReceivablePlanDto> {
    return this.plans.get(me, id);
  }

  @Put()
  @Authorized('receivable:write')
  @ApiOperation({
    summary:
      'Enter or replace the plan: the instalments add up to the contract amount in force; instalments that received money are sent back unchanged (approved or active contracts)',
  })
  @ApiOkResponse({ type: ReceivablePlanDto })
  @ApiProblems(400, 404, {
    409: '`receivable-plan-sum-mismatch` (`errors` names `instalments` and the difference), `receivable-instalment-locked` (a paid instalment changed or removed, or one a pending payment names removed), `receivable-contract-not-open` (`currentStatus`)',
  })
  save(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: SaveReceivablePlanDto): Promise<ReceivablePlanDto> {
    return this.plans.save(me, id, dto);
  }
}
