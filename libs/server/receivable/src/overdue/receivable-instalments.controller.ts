import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, PageDto, Principal } from '@kehu/server-core';
import { InstalmentListItemDto, InstalmentListQueryDto } from './instalment-list.dto';
import { OverdueService } from './overdue.service';

@ApiTags('Receivables')
@Controller('receivable-instalments')
export class ReceivableInstalmentsController {
  constructor(private readonly overdue: OverdueService) {}

  @Get()
  @Authorized('receivable:read')
  @ApiOperation({
    summary:
      'Instalments of the contracts in my data scope; `state=OVERDUE` is the overdue list 回款预警. `q`: a contract number’s prefix; `sort` by dueDate (default, oldest first), amount or contractNumber',
  })
  @ApiPageResponse(InstalmentListItemDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: InstalmentListQueryDto): Promise<PageDto<InstalmentListItemDto>> {
    return this.overdue.page(me, query);
  }
}
