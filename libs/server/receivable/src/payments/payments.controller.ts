import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, Idempotent, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { ConfirmPaymentsDto, PaymentConfirmationsDto, PaymentDto, PaymentQueryDto, RecordPaymentDto, RejectPaymentDto, ReversePaymentDto } from './payment.dto';
import { PaymentsService } from './payments.service';

const STATE_409 = '`payment-state-conflict` (`currentStatus`, `action`)';

@ApiTags('Receivables')
@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  @Authorized('receivable:read')
  @ApiOperation({ summary: 'Payments of the contracts in my data scope; `status=PENDING` is finance’s confirmation queue (oldest first); `sort` by createdAt, paidOn or amount' })
  @ApiPageResponse(PaymentDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: PaymentQueryDto): Promise<PageDto<PaymentDto>> {
    return this.payments.page(me, query);
  }

  @Post()
  @Authorized('receivable:write')
  @Idempotent(
    '`payment-exceeds-outstanding` (`errors` names `amount`: more than the contract, or the named instalment, has outstanding after confirmed and pending payments), `receivable-plan-missing`, `receivable-contract-not-open` (`currentStatus`)',
  )
  @ApiOperation({ summary: 'Record a payment 回款 (PENDING until finance confirms it); ERP integrators send an Idempotency-Key' })
  @ApiCreatedResponse({ type: PaymentDto })
  @ApiProblems(400, 404)
  record(@CurrentUser() me: Principal, @Body() dto: RecordPaymentDto): Promise<PaymentDto> {
    return this.payments.record(me, dto);
  }

  @Post('confirmations')
  @HttpCode(200)
  @Authorized('payment:confirm')
  @ApiOperation({
    summary: 'Confirm several pending payments (finance’s bulk confirm): each in its own transaction, as a single confirmation; answers per payment, one refused does not undo the others',
  })
  @ApiOkResponse({ type: PaymentConfirmationsDto })
  @ApiProblems(400)
  confirmMany(@CurrentUser() me: Principal, @Body() dto: ConfirmPaymentsDto): Promise<PaymentConfirmationsDto> {
    return this.payments.confirmMany(me, dto);
  }

  @Get(':id')
  @Authorized('receivable:read')
  @ApiOperation({ summary: 'One payment with its allocations to instalments' })
  @ApiOkResponse({ type: PaymentDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<PaymentDto> {
    return this.payments.get(me, id);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Authorized('payment:confirm')
  @ApiOperation({ summary: 'Confirm a pending payment: it is allocated to its instalment or the oldest open ones and never changes again' })
  @ApiOkResponse({ type: PaymentDto })
  @ApiProblems(400, 404, { 409: `${STATE_409} (confirming twice), \`payment-exceeds-outstanding\`, \`receivable-contract-not-open\`` })
  confirm(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<PaymentDto> {
    return this.payments.confirm(me, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorized('payment:confirm')
  @ApiOperation({ summary: 'Reject a pending payment, with the reason' })
  @ApiOkResponse({ type: PaymentDto })
  @ApiProblems(400, 404, { 409: STATE_409 })
  reject(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: RejectPaymentDto): Promise<PaymentDto> {
    return this.payments.reject(me, id, dto);
  }

  @Post(':id/reverse')
  @Authorized('payment:confirm')
  @ApiOperation({ summary: 'Reverse a confirmed payment: a counter-entry with the negated amount and allocations, confirmed at once; answers the reversal' })
  @ApiCreatedResponse({ type: PaymentDto })
  @ApiProblems(400, 404, { 409: `${STATE_409} (reversing a pending payment or a reversal), \`payment-already-reversed\`` })
  reverse(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ReversePaymentDto): Promise<PaymentDto> {
    return this.payments.reverse(me, id, dto);
  }
}
