import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyCreatedDto, ApiKeyDto, CreateApiKeyDto } from './dto/api-key.dto';

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

  @Post()
  @Authorized('api-key:manage')
  @ApiOperation({ summary: 'Create an API key bound to a role; the secret is in this answer only' })
  @ApiCreatedResponse({ type: ApiKeyCreatedDto })
  @ApiProblems(400)
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
