import { Body, Controller, Delete, Get, Headers, Param, Put } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal } from '@kehu/server-core';
import { RuleDto, SetRuleDto } from './dto/rule.dto';
import { RulesService } from './rules.service';

@ApiTags('Business rules')
@Controller('settings/rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Get()
  @Authorized()
  @ApiOperation({ summary: 'Every business rule with its current value, default, bounds and description' })
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
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<version>" read before editing' })
  @ApiOkResponse({ type: RuleDto })
  @ApiProblems(400, 404, 412)
  set(@CurrentUser() me: Principal, @Param('key') key: string, @Body() dto: SetRuleDto, @Headers('if-match') ifMatch?: string): Promise<RuleDto> {
    return this.rules.set(me, key, dto.value, ifMatch);
  }

  @Delete(':key')
  @Authorized('rule:write')
  @ApiOperation({ summary: 'Reset a rule to its default' })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOkResponse({ type: RuleDto })
  @ApiProblems(400, 404, 412)
  reset(@Param('key') key: string, @Headers('if-match') ifMatch?: string): Promise<RuleDto> {
    return this.rules.reset(key, ifMatch);
  }
}
