import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, PermissionRegistry, Principal, UuidParam, ApiIfMatch, IfMatch } from '@kehu/server-core';
import { CreateRoleDto, PermissionGroupDto, RoleDto, UpdateRoleDto } from './dto/role.dto';
import { RolesService } from './roles.service';

@ApiTags('Roles')
@Controller()
export class RolesController {
  constructor(
    private readonly roles: RolesService,
    private readonly catalogue: PermissionRegistry,
  ) {}

  @Get('permissions')
  @Authorized('role:read')
  @ApiOperation({ summary: 'The permission catalogue, grouped, with names in Chinese and English' })
  @ApiOkResponse({ type: [PermissionGroupDto] })
  permissions(): PermissionGroupDto[] {
    return this.catalogue.groups();
  }

  @Get('roles')
  @Authorized('role:read')
  @ApiOperation({ summary: 'List roles with their permissions, data scope and number of users' })
  @ApiOkResponse({ type: [RoleDto] })
  list(): Promise<RoleDto[]> {
    return this.roles.list();
  }

  @Post('roles')
  @Authorized('role:write')
  @ApiOperation({ summary: 'Create a role, with only permissions and a data scope you hold' })
  @ApiCreatedResponse({ type: RoleDto })
  @ApiProblems(400, 409, { 403: '`grant-exceeds-own`: `errors[]` names each `permissions[i]` you do not hold, and `dataScope` if wider than yours' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateRoleDto): Promise<RoleDto> {
    return this.roles.create(me, dto);
  }

  @Get('roles/:id')
  @Authorized('role:read')
  @ApiOperation({ summary: 'Get a role' })
  @ApiOkResponse({ type: RoleDto })
  @ApiProblems(400, 404)
  get(@Param('id', UuidParam) id: string): Promise<RoleDto> {
    return this.roles.get(id);
  }

  @Patch('roles/:id')
  @Authorized('role:write')
  @ApiOperation({
    summary: 'Edit a role (the admin role always keeps every permission)',
    description: 'Permissions it adds and a data scope it widens must be ones you hold.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: RoleDto })
  @ApiProblems(400, 404, 412, { 403: '`grant-exceeds-own`: `errors[]` names each added `permissions[i]` you do not hold, and `dataScope` if widened beyond yours' })
  update(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: UpdateRoleDto, @IfMatch() ifMatch?: string): Promise<RoleDto> {
    return this.roles.update(me, id, dto, ifMatch);
  }

  @Delete('roles/:id')
  @HttpCode(204)
  @Authorized('role:write')
  @ApiOperation({ summary: 'Delete a custom role that nobody uses' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409)
  remove(@Param('id', UuidParam) id: string): Promise<void> {
    return this.roles.remove(id);
  }
}
