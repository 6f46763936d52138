import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiProblems, ContentEtag, Authorized, CurrentUser, IfMatch, Principal, UuidParam } from '@kehu/server-core';
import { DictionariesService } from './dictionaries.service';
import { CreateDictionaryItemDto, DictionaryDto, DictionaryItemDto, DictionaryQueryDto, UpdateDictionaryItemDto } from './dto/dictionary.dto';

@ApiTags('Dictionaries')
@Controller('dictionaries')
export class DictionariesController {
  constructor(private readonly dictionaries: DictionariesService) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: 'Every dictionary list with its items, in display order' })
  @ContentEtag()
  @ApiOkResponse({ type: [DictionaryDto] })
  @ApiProblems(400)
  list(@Query() query: DictionaryQueryDto): Promise<DictionaryDto[]> {
    return this.dictionaries.list(query.enabledOnly === 'true');
  }

  @Get(':code')
  @Authorized()
  @ApiOperation({ summary: 'One dictionary list with its items' })
  @ApiOkResponse({ type: DictionaryDto })
  @ApiProblems(400, 404)
  get(@Param('code') code: string, @Query() query: DictionaryQueryDto): Promise<DictionaryDto> {
    return this.dictionaries.get(code, query.enabledOnly === 'true');
  }

  @Post(':code/items')
  @Authorized('dictionary:write')
  @ApiOperation({ summary: 'Add an item to a dictionary list' })
  @ApiCreatedResponse({ type: DictionaryItemDto })
  @ApiProblems(400, 404, 409)
  addItem(@CurrentUser() me: Principal, @Param('code') code: string, @Body() dto: CreateDictionaryItemDto): Promise<DictionaryItemDto> {
    return this.dictionaries.addItem(me, code, dto);
  }

  @Patch(':code/items/:id')
  @Authorized('dictionary:write')
  @ApiOperation({ summary: 'Edit an item: labels, position, enabled' })
  @ApiIfMatch()
  @ApiOkResponse({ type: DictionaryItemDto })
  @ApiProblems(400, 404, 412)
  updateItem(
    @Param('code') code: string,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateDictionaryItemDto,
    @IfMatch() ifMatch?: string,
  ): Promise<DictionaryItemDto> {
    return this.dictionaries.updateItem(code, id, dto, ifMatch);
  }

  @Delete(':code/items/:id')
  @HttpCode(204)
  @Authorized('dictionary:write')
  @ApiOperation({ summary: 'Delete a custom item nothing uses (built-in or used items can only be disabled)' })
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409, 412)
  removeItem(@Param('code') code: string, @Param('id', UuidParam) id: string, @IfMatch() ifMatch?: string): Promise<void> {
    return this.dictionaries.removeItem(code, id, ifMatch);
  }
}
