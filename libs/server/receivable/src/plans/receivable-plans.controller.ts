import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { ProposeReceivablePlanDto, ReceivablePlanDto, ReceivablePlanProposalDto, SaveReceivablePlanDto } from './receivable-plan.dto';
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

  @Post('proposal')
  @HttpCode(200)
  @Authorized('receivable:write')
  @ApiOperation({
    summary:
      'Propose a plan from payment terms (e.g. 30 / 60 / 10 % at signing / delivery / acceptance + N days), not saved: amounts to the cent, the remainder on the last, instalments that received money kept; edit it and PUT it',
  })
  @ApiOkResponse({ type: ReceivablePlanProposalDto })
  @ApiProblems(400, 404, {
    409: '`receivable-contract-not-open` (`currentStatus`), `receivable-plan-sum-mismatch` (nothing left to plan, or too little to split; `errors` names `terms`)',
  })
  propose(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ProposeReceivablePlanDto): Promise<ReceivablePlanProposalDto> {
    return this.plans.propose(me, id, dto);
  }
}
