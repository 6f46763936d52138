import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApprovalDto } from '@kehu/server-approval';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { CustomerTermsService } from './customer-terms.service';
import { RequestTermsChangeDto } from './terms-change.dto';

/** Agreed discount and settlement terms, changed only through an approval (DOMAIN §6). */
@ApiTags('Customers')
@Controller('customers')
export class CustomerTermsController {
  constructor(private readonly terms: CustomerTermsService) {}

  @Post(':id/terms-change')
  @Authorized('customer:write')
  @ApiOperation({
    summary: '折扣/结算变更: ask for a new agreed discount and/or settlement terms; applied when the chain `customer.terms-change` (manager, then finance) approves',
    description: 'The answer is the approval request. PATCH /customers/{id} does not accept `discountPercent` or `settlementTerms`.',
  })
  @ApiCreatedResponse({ type: ApprovalDto })
  @ApiProblems(400, 404, { 409: '`approval-already-pending` (`approvalId`): a change of this customer’s terms is already awaiting approval' })
  request(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: RequestTermsChangeDto): Promise<ApprovalDto> {
    return this.terms.request(me, id, dto);
  }
}
