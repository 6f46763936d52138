import { Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, PageDto, Principal } from '@kehu/server-core';
import { ContractNumberDto, ContractNumberQueryDto, ContractNumberVoidQueryDto } from './contract-number.dto';
import { ContractNumbersService } from './contract-numbers.service';

@ApiTags('Contract numbers')
@Controller('contract-numbers')
export class ContractNumbersController {
  constructor(private readonly numbers: ContractNumbersService) {}

  @Post()
  @Authorized('contract:write')
  @ApiOperation({
    summary: 'Reserve 预领 the next contract number for me, valid for `contractNumberReservationDays`; unused after that it is voided, never reused',
  })
  @ApiCreatedResponse({ type: ContractNumberDto })
  @ApiProblems(400)
  reserve(@CurrentUser() me: Principal): Promise<ContractNumberDto> {
    return this.numbers.reserve(me);
  }

  @Get()
  @Authorized('contract:read')
  @ApiOperation({ summary: 'Contract numbers issued to me (a manager: to the departments of their scope); `sort` by number (default -number), expiresAt or createdAt' })
  @ApiPageResponse(ContractNumberDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: ContractNumberQueryDto): Promise<PageDto<ContractNumberDto>> {
    return this.numbers.list(me, query);
  }

  @Get('voids')
  @Authorized('contract-number:audit')
  @ApiOperation({ summary: 'Voided contract numbers (lapsed reservations), in number order: every gap in the sequence is explained here; `sort` by number, expiresAt or createdAt' })
  @ApiPageResponse(ContractNumberDto)
  @ApiProblems(400)
  voids(@Query() query: ContractNumberVoidQueryDto): Promise<PageDto<ContractNumberDto>> {
    return this.numbers.voids(query);
  }
}
