import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiProblems, ContentEtag, Authorized, CurrentUser, IfMatch, Principal } from '@kehu/server-core';
import { RuleDto, SetRuleDto } from './dto/rule.dto';
import { RulesService } from './rules.service';

@ApiTags('Business rules')
@Controller('settings/rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: 'Every business rule with its current value, default, bounds and description' })
  @ContentEtag()
  @ApiOkResponse({ type: [RuleDto] })
  list(): Promise<RuleDto[]> {
    return this.rules.list();
  }

  @Get(':key')
  @Authorized()
  @ApiOperation({ summary: 'One business rule' })
  @ApiOkResponse({ type: RuleDto })
  @ApiProblems(404)
  get(@Param('key') key: string): Promise<RuleDto> {
    return this.rules.getDto(key);
  }

  @Put(':key')
  @Authorized('rule:write')
  @ApiOperation({ summary: 'Change a rule; applies to the next request and job run without a restart' })
  @ApiIfMatch()
  @ApiOkResponse({ type: RuleDto })
  @ApiProblems(400, 404, 412)
  set(@CurrentUser() me: Principal, @Param('key') key: string, @Body() dto: SetRuleDto, @IfMatch() ifMatch?: string): Promise<RuleDto> {
    return this.rules.set(me, key, dto.value, ifMatch);
  }

  @Delete(':key')
  @Authorized('rule:write')
  @ApiOperation({ summary: 'Reset a rule to its default' })
  @ApiIfMatch()
  @ApiOkResponse({ type: RuleDto })
  @ApiProblems(400, 404, 412)
  reset(@Param('key') key: string, @IfMatch() ifMatch?: string): Promise<RuleDto> {
    return this.rules.reset(key, ifMatch);
  }
}
