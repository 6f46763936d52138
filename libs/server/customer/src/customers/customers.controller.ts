import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiPageResponse, ApiProblems, Authorized, CurrentUser, IfMatch, PageDto, Principal, UuidParam } from '@kehu/server-core';
import { CustomerTransfersService } from '../lifecycle/customer-transfers.service';
import { CustomersService } from './customers.service';
import {
  CreateCustomerDto,
  CustomerDto,
  CustomerQueryDto,
  DuplicateCandidateDto,
  DuplicateQueryDto,
  HistoryEntryDto,
  MergeCustomerDto,
  TransferCustomersDto,
  TransferResultDto,
  UpdateCustomerDto,
} from './customer.dto';
import { CustomerStatsDto, CustomerStatsQueryDto } from '../stats/customer-stats.dto';
import { TimelineEntryDto } from '../follow-ups/follow-up.dto';
import { CustomerStatsService } from '../stats/customer-stats.service';
import { DuplicateCheckService } from '../search/duplicate-check.service';
import { FollowUpsService } from '../follow-ups/follow-ups.service';

@ApiTags('Customers')
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly duplicates: DuplicateCheckService,
    private readonly transfers: CustomerTransfersService,
    private readonly followUps: FollowUpsService,
    private readonly statistics: CustomerStatsService,
  ) {}

  @Get()
  @Authorized('customer:read')
  @ApiOperation({
    summary: 'Search and filter customers within my data scope',
    description:
      '`q` matches names and short names (contained; two Chinese characters included), the exact code, a contact’s exact name, ' +
      'a phone ending with the digits given (with or without the area code) and a contact’s exact mobile. Digits that end no ' +
      'phone or mobile are looked for inside names, codes and phones. The count stops at 1,000 (`totalCapped`).',
  })
  @ApiPageResponse(CustomerDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: CustomerQueryDto): Promise<PageDto<CustomerDto>> {
    return this.customers.list(me, query);
  }

  @Get('duplicates')
  @Authorized('customer:read')
  @ApiOperation({ summary: '撞单 check: existing customers resembling a name, short name, phone or contact mobile, best first' })
  @ApiOkResponse({ type: [DuplicateCandidateDto] })
  @ApiProblems(400)
  findDuplicates(@CurrentUser() me: Principal, @Query() query: DuplicateQueryDto): Promise<DuplicateCandidateDto[]> {
    return this.duplicates.find(me, query.q);
  }

  @Get('stats')
  @Authorized('customer:read')
  @ApiOperation({
    summary: 'Home-page charts: customers entered and follow-ups held per week, customers per lifecycle stage (within my data scope)',
  })
  @ApiOkResponse({ type: CustomerStatsDto })
  @ApiProblems(400)
  stats(@CurrentUser() me: Principal, @Query() query: CustomerStatsQueryDto): Promise<CustomerStatsDto> {
    return this.statistics.stats(me, query);
  }

  @Post('transfer')
  @HttpCode(200)
  @Authorized('customer:transfer')
  @ApiOperation({ summary: 'Give customers (or all of one owner’s) to another owner' })
  @ApiOkResponse({ type: TransferResultDto })
  @ApiProblems(400, {
    409: '`owned-customer-limit` (`ownedProtected`, `maxOwnedCustomers`): the new owner would hold more protected customers than `maxOwnedCustomers`; `illegal-lifecycle-transition`: a pool customer',
  })
  transfer(@CurrentUser() me: Principal, @Body() dto: TransferCustomersDto): Promise<TransferResultDto> {
    return this.transfers.transfer(me, dto);
  }

  @Post()
  @Authorized('customer:write')
  @ApiOperation({
    summary: 'Enter a new customer (POTENTIAL, owned by me); a duplicate name, or a phone already used by a customer or as a contact’s mobile, is refused with 409',
  })
  @ApiCreatedResponse({ type: CustomerDto })
  @ApiProblems(400, { 403: 'Choosing another owner (`ownerId`) needs customer:transfer', 409: '`duplicate-customer` (`existing`), `owned-customer-limit`' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateCustomerDto): Promise<CustomerDto> {
    return this.customers.create(me, dto);
  }

  @Get(':id')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Get a customer' })
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<CustomerDto> {
    return this.customers.get(me, id);
  }

  @Patch(':id')
  @Authorized('customer:write')
  @ApiOperation({ summary: 'Edit a customer’s profile' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404, 409, 412)
  update(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: UpdateCustomerDto, @IfMatch() ifMatch?: string): Promise<CustomerDto> {
    return this.customers.update(me, id, dto, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('customer:delete')
  @ApiOperation({ summary: 'Delete a customer (soft: history and audit stay)' })
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 412)
  remove(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @IfMatch() ifMatch?: string): Promise<void> {
    return this.customers.remove(me, id, ifMatch);
  }

  @Get(':id/history')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Ownership and status history, newest first' })
  @ApiOkResponse({ type: [HistoryEntryDto] })
  @ApiProblems(400, 404)
  history(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<HistoryEntryDto[]> {
    return this.customers.history(me, id);
  }

  @Get(':id/timeline')
  @Authorized('customer:read')
  @ApiOperation({ summary: 'Follow-ups and history together, newest first' })
  @ApiOkResponse({ type: [TimelineEntryDto] })
  @ApiProblems(400, 404)
  timeline(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<TimelineEntryDto[]> {
    return this.followUps.timeline(me, id);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Authorized('customer:transfer')
  @ApiOperation({ summary: 'Merge a duplicate into this customer: its contacts, follow-ups and history move here; it is removed' })
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404, 409)
  merge(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: MergeCustomerDto): Promise<CustomerDto> {
    return this.transfers.merge(me, id, dto.duplicateId);
  }
}
