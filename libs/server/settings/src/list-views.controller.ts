import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiProblems, Authorized, CurrentUser, IfMatch, Principal, UuidParam } from '@kehu/server-core';
import { CreateListViewDto, ListViewDto, ListViewQueryDto, UpdateListViewDto } from './dto/list-view.dto';
import { ListViewsService } from './list-views.service';

/** Every signed-in user keeps their own views: the scope is the caller, so no permission is needed. */
@ApiTags('List views')
@Controller('settings/list-views')
export class ListViewsController {
  constructor(private readonly views: ListViewsService) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: "The caller's saved list views, optionally of one list" })
  @ApiOkResponse({ type: [ListViewDto] })
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: ListViewQueryDto): Promise<ListViewDto[]> {
    return this.views.list(me, query.list);
  }

  @Post()
  @Authorized()
  @ApiOperation({ summary: 'Save the filters of a list as a named view of the caller' })
  @ApiCreatedResponse({ type: ListViewDto })
  @ApiProblems(400, { 409: 'list-view-name-taken, list-view-limit-reached' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateListViewDto): Promise<ListViewDto> {
    return this.views.create(me, dto);
  }

  @Patch(':id')
  @Authorized()
  @ApiOperation({ summary: "Rename one of the caller's views or replace its filters" })
  @ApiIfMatch()
  @ApiOkResponse({ type: ListViewDto })
  @ApiProblems(400, 404, 412, { 409: 'list-view-name-taken' })
  update(
    @CurrentUser() me: Principal,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateListViewDto,
    @IfMatch() ifMatch?: string,
  ): Promise<ListViewDto> {
    return this.views.update(me, id, dto, ifMatch);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized()
  @ApiOperation({ summary: "Delete one of the caller's views" })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    return this.views.remove(me, id);
  }
}
