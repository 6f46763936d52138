import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyCreatedDto, ApiKeyDto, ApiKeyGrantCheckDto, CreateApiKeyDto } from './dto/api-key.dto';

@ApiTags('API keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @Authorized('api-key:manage')
  @ApiOperation({ summary: 'List API keys (secrets are never shown again)' })
  @ApiOkResponse({ type: [ApiKeyDto] })
  list(): Promise<ApiKeyDto[]> {
    return this.apiKeys.list();
  }

  @Get('grant-check')
  @Authorized('api-key:manage')
  @ApiOperation({
    summary: 'Live API keys whose role gives more than their creator holds now',
    description:
      'A key acts as its creator with its role, never with more than the creator holds: such a key works with the ' +
      'overlap only. Keys made before grants were checked, or whose creator lost roles since, are listed here: ' +
      'revoke them or issue new ones on a role the creator holds.',
  })
  @ApiOkResponse({ type: [ApiKeyGrantCheckDto] })
  grantCheck(): Promise<ApiKeyGrantCheckDto[]> {
    return this.apiKeys.grantCheck();
  }

  @Post()
  @Authorized('api-key:manage')
  @ApiOperation({ summary: 'Create an API key bound to a role; the secret is in this answer only' })
  @ApiCreatedResponse({ type: ApiKeyCreatedDto })
  @ApiProblems(400, { 403: '`grant-exceeds-own`: the role gives more than you hold (`errors[]` names `roleId`)' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateApiKeyDto): Promise<ApiKeyCreatedDto> {
    return this.apiKeys.create(me, dto);
  }

  @Post(':id/revoke')
  @HttpCode(204)
  @Authorized('api-key:manage')
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(400, 404)
  revoke(@Param('id', UuidParam) id: string): Promise<void> {
    return this.apiKeys.revoke(id);
  }
}
