import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { CustomerDto } from '../customers/customer.dto';
import {
  AbandonCustomerDto,
  BatchClaimDto,
  BatchClaimResultDto,
  ClaimQuotaDto,
  PoolCustomerDetailDto,
  PoolCustomerDto,
  PoolQueryDto,
  ProtectionReviewItemDto,
  RequestExtensionDto,
  RequestIntentDto,
  ReviewQueueQueryDto,
} from './lifecycle.dto';
import { PoolService } from '../pool/pool.service';
import { ProtectionService } from './protection.service';

/** Protection lifecycle and the public pool (DOMAIN §3); the rules are in customer-lifecycle.ts. */
@ApiTags('Customer lifecycle')
@Controller('customers')
export class CustomerLifecycleController {
  constructor(
    private readonly protection: ProtectionService,
    private readonly pool: PoolService,
  ) {}

  @Get('pool')
  @Authorized('customer:claim')
  @ApiOperation({
    summary: 'The public pool 公海: customers anyone may claim, with how long each has been there and the previous owner',
    description: 'Counted up to 1,000 like the customer list: beyond it `total` is 1,000 and `totalCapped` is true.',
  })
  @ApiPageResponse(PoolCustomerDto)
  @ApiProblems(400)
  listPool(@CurrentUser() me: Principal, @Query() query: PoolQueryDto): Promise<PageDto<PoolCustomerDto>> {
    return this.pool.list(me, query);
  }

  @Get('pool/quota')
  @Authorized('customer:claim')
  @ApiOperation({ summary: 'My claim quota: claims left today (`maxDailyClaims`) and customers I may still own (`maxOwnedCustomers`)' })
  @ApiOkResponse({ type: ClaimQuotaDto })
  claimQuota(@CurrentUser() me: Principal): Promise<ClaimQuotaDto> {
    return this.pool.quota(me);
  }

  @Post('pool/claim')
  @HttpCode(200)
  @Authorized('customer:claim')
  @ApiOperation({
    summary:
      'Claim several pool customers at once: each is claimed like a single claim, in order, and answered on its own (claimed, or the problem that refused it); with the quota left',
  })
  @ApiOkResponse({ type: BatchClaimResultDto })
  @ApiProblems(400)
  claimMany(@CurrentUser() me: Principal, @Body() dto: BatchClaimDto): Promise<BatchClaimResultDto> {
    return this.pool.claimMany(me, dto.ids);
  }

  @Get('pool/:id')
  @Authorized('customer:claim')
  @ApiOperation({ summary: 'A pool customer: profile and ownership history (not the previous owner’s follow-up notes)' })
  @ApiOkResponse({ type: PoolCustomerDetailDto })
  @ApiProblems(400, 404)
  getPoolCustomer(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<PoolCustomerDetailDto> {
    return this.pool.get(me, id);
  }

  @Get('review-queue')
  @Authorized('customer:review')
  @ApiOperation({
    summary:
      'Protections awaiting my review, with missing fields and duplicate candidates; decide with /approvals/{approvalId}/approve|reject',
  })
  @ApiPageResponse(ProtectionReviewItemDto)
  @ApiProblems(400)
  reviewQueue(@CurrentUser() me: Principal, @Query() query: ReviewQueueQueryDto): Promise<PageDto<ProtectionReviewItemDto>> {
    return this.protection.reviewQueue(me, query);
  }

  @Post(':id/request-intent')
  @HttpCode(200)
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Ask the sales manager to make a protected POTENTIAL customer INTENT (protected `intentDays`)' })
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404, {
    403: '`not-customer-owner`: only the owner, or a user with customer:transfer acting for owners',
    409: '`illegal-lifecycle-transition` (`currentStage`), `protection-expired`, `intent-pending`, `approval-already-pending`',
  })
  requestIntent(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: RequestIntentDto): Promise<CustomerDto> {
    return this.protection.requestIntent(me, id, dto);
  }

  @Post(':id/request-extension')
  @HttpCode(200)
  @Authorized('customer:write')
  @ApiOperation({ summary: '时间加权: ask the manager for more protection days before it expires (at most `maxExtensions` per stage)' })
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404, {
    403: '`not-customer-owner`: only the owner, or a user with customer:transfer acting for owners',
    409: '`illegal-lifecycle-transition` (`currentStage`), `protection-expired`, `extension-limit` (`maxExtensions`), `extension-pending`',
  })
  requestExtension(
    @CurrentUser() me: Principal,
    @Param('id', UuidParam) id: string,
    @Body() dto: RequestExtensionDto,
  ): Promise<CustomerDto> {
    return this.protection.requestExtension(me, id, dto);
  }

  @Post(':id/abandon')
  @HttpCode(204)
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Give up a POTENTIAL or INTENT customer to the pool; I may not claim it back for `reclaimCooldownDays`' })
  @ApiNoContentResponse({ description: 'In the pool' })
  @ApiProblems(400, 404, {
    403: '`not-customer-owner`: only the owner, or a user with customer:transfer acting for owners',
    409: '`illegal-lifecycle-transition` (`currentStage`)',
  })
  abandon(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: AbandonCustomerDto): Promise<void> {
    return this.pool.abandon(me, id, dto);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Authorized('customer:claim')
  @ApiOperation({
    summary:
      'Claim a pool customer: I become its owner, POTENTIAL and protected (after review when `claimNeedsReview`); of concurrent claims exactly one wins, the others get 409',
  })
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404, {
    409: '`illegal-lifecycle-transition` (`currentStage`: someone else claimed it first), `claim-cooldown` (`claimableAt`), `owned-customer-limit`, `daily-claim-limit`',
  })
  claim(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<CustomerDto> {
    return this.pool.claim(me, id);
  }
}
