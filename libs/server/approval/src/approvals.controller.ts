import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { ApprovalService } from './approvals.service';
import { ApprovalDto, ApprovalQueryDto, ApproveDto, BatchDecisionAnswerDto, BatchDecisionDto, PendingCountDto, RejectDto } from './dto/approval.dto';

@ApiTags('Approvals')
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly approvals: ApprovalService) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: 'My approvals: `status=pending` is my inbox, `mine=true` the requests I submitted' })
  @ApiPageResponse(ApprovalDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: ApprovalQueryDto): Promise<PageDto<ApprovalDto>> {
    return this.approvals.list(me, query);
  }

  @Get('pending-count')
  @Authorized()
  @ApiOperation({ summary: 'How many requests await my decision (home-page reminder)' })
  @ApiOkResponse({ type: PendingCountDto })
  async pendingCount(@CurrentUser() me: Principal): Promise<PendingCountDto> {
    return { count: await this.approvals.pendingCountFor(me) };
  }

  @Post('decisions')
  @HttpCode(200)
  @Authorized('approval:decide')
  @ApiOperation({
    summary: 'Approve or reject several requests with one comment',
    description: 'Each request is decided, authorized and audited on its own, as by approve/reject; the answer says per request whether it was decided or which problem stopped it. A rejection needs a comment.',
  })
  @ApiOkResponse({ type: BatchDecisionAnswerDto })
  @ApiProblems(400)
  decideMany(@CurrentUser() me: Principal, @Body() dto: BatchDecisionDto): Promise<BatchDecisionAnswerDto> {
    return this.approvals.decideMany(me, dto);
  }

  @Get(':id')
  @Authorized()
  @ApiOperation({ summary: 'One request with its steps (requester, approvers, or deciders with ALL scope)' })
  @ApiOkResponse({ type: ApprovalDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ApprovalDto> {
    return this.approvals.get(me, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorized('approval:decide')
  @ApiOperation({ summary: 'Approve the current step; the last approval applies the request' })
  @ApiBody({ type: ApproveDto, required: false, description: 'Optional: an approval needs no comment' })
  @ApiOkResponse({ type: ApprovalDto })
  @ApiProblems(400, 404, 409, { 403: '`not-approver` (not an approver of the current step) or `approval-own-request`' })
  approve(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ApproveDto): Promise<ApprovalDto> {
    return this.approvals.approve(me, id, dto);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorized('approval:decide')
  @ApiOperation({ summary: 'Reject the request at the current step, with the reason the requester will see' })
  @ApiOkResponse({ type: ApprovalDto })
  @ApiProblems(400, 404, 409, { 403: '`not-approver` (not an approver of the current step) or `approval-own-request`' })
  reject(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: RejectDto): Promise<ApprovalDto> {
    return this.approvals.reject(me, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorized()
  @ApiOperation({ summary: 'Withdraw my pending request' })
  @ApiOkResponse({ type: ApprovalDto })
  @ApiProblems(400, 404, 409, { 403: '`not-requester`: only the requester withdraws a request' })
  cancel(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ApprovalDto> {
    return this.approvals.cancelByRequester(me, id);
  }
}
