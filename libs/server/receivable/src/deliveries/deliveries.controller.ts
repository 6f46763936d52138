import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { DeliveriesService } from './deliveries.service';
import { ContractDeliveriesDto, DeliveryDto, DeliveryStepDto, RecordDeliveryDto, ShipDeliveryDto } from './delivery.dto';

const NOT_ACTIVE_409 = '`delivery-contract-not-active` (`currentStatus`)';
const STATE_409 = `\`delivery-state-conflict\` (\`currentStatus\`, \`action\`), ${NOT_ACTIVE_409}`;

@ApiTags('Deliveries')
@Controller('contracts/:id/deliveries')
export class ContractDeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @Authorized('contract:read')
  @ApiOperation({ summary: 'The contract’s deliveries 交付 and, per line in force, the quantities ordered, recorded, shipped, delivered and accepted' })
  @ApiOkResponse({ type: ContractDeliveriesDto })
  @ApiProblems(400, 404)
  list(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<ContractDeliveriesDto> {
    return this.deliveries.list(me, id);
  }

  @Post()
  @Authorized('delivery:write')
  @ApiOperation({ summary: 'Record a delivery (PLANNED) of part of a line of an active contract; a line’s deliveries not cancelled never exceed its ordered quantity' })
  @ApiCreatedResponse({ type: DeliveryDto })
  @ApiProblems(400, 404, { 409: `\`delivery-exceeds-ordered\` (\`errors\` names \`quantity\`), ${NOT_ACTIVE_409}` })
  record(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: RecordDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.record(me, id, dto);
  }
}

@ApiTags('Deliveries')
@Controller('deliveries/:id')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Post('ship')
  @HttpCode(200)
  @Authorized('delivery:write')
  @ApiOperation({ summary: 'A planned delivery left: SHIPPED on `date` (default today), with carrier and tracking note' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblems(400, 404, { 409: STATE_409 })
  ship(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ShipDeliveryDto): Promise<DeliveryDto> {
    return this.deliveries.ship(me, id, dto);
  }

  @Post('deliver')
  @HttpCode(200)
  @Authorized('delivery:write')
  @ApiOperation({ summary: 'A shipped delivery arrived: DELIVERED on `date` (default today)' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblems(400, 404, { 409: STATE_409 })
  deliver(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: DeliveryStepDto): Promise<DeliveryDto> {
    return this.deliveries.deliver(me, id, dto);
  }

  @Post('accept')
  @HttpCode(200)
  @Authorized('delivery:write')
  @ApiOperation({ summary: 'The customer accepted a delivered delivery 验收: ACCEPTED on `date`; the last acceptance of a fully paid contract completes it in the same transaction' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblems(400, 404, { 409: STATE_409 })
  accept(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: DeliveryStepDto): Promise<DeliveryDto> {
    return this.deliveries.accept(me, id, dto);
  }

  @Post('cancel')
  @HttpCode(200)
  @Authorized('delivery:write')
  @ApiOperation({ summary: 'Cancel a planned or shipped delivery: its quantity no longer counts against the line' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiProblems(400, 404, { 409: STATE_409 })
  cancel(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<DeliveryDto> {
    return this.deliveries.cancel(me, id);
  }
}
