import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiPageResponse, ApiProblems, Authorized, CurrentUser, PageDto, Principal, UuidParam, ApiIfMatch, IfMatch } from '@kehu/server-core';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserDto, UserQueryDto } from './dto/user.dto';
import { UsersService } from './users.service';

const GRANT_EXCEEDS_OWN = '`grant-exceeds-own`: a role gives more than you hold (`errors[]` names `roleIds[i]`, or `departmentId` when a move re-anchors a role’s scope outside yours)';
const USER_EXCEEDS_OWN = '`user-exceeds-own`: the user holds permissions or a data scope you do not';

@ApiTags('Users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authorized('user:read')
  @ApiOperation({ summary: 'List users within my data scope' })
  @ApiPageResponse(UserDto)
  @ApiProblems(400)
  list(@CurrentUser() me: Principal, @Query() query: UserQueryDto): Promise<PageDto<UserDto>> {
    return this.users.list(me, query);
  }

  @Post()
  @Authorized('user:write')
  @ApiOperation({ summary: 'Create a user (must change the password at first sign-in) with roles you may give' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(400, 409, { 403: GRANT_EXCEEDS_OWN })
  create(@CurrentUser() me: Principal, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(me, dto);
  }

  @Get(':id')
  @Authorized('user:read')
  @ApiOperation({ summary: 'Get a user' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404)
  get(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<UserDto> {
    return this.users.get(me, id);
  }

  @Patch(':id')
  @Authorized('user:write')
  @ApiOperation({ summary: 'Edit a user: profile, department, roles' })
  @ApiIfMatch()
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404, 412, { 403: `${USER_EXCEEDS_OWN}; ${GRANT_EXCEEDS_OWN}` })
  update(
    @CurrentUser() me: Principal,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateUserDto,
    @IfMatch() ifMatch?: string,
  ): Promise<UserDto> {
    return this.users.update(me, id, dto, ifMatch);
  }

  @Post(':id/disable')
  @HttpCode(204)
  @Authorized('user:write')
  @ApiOperation({ summary: 'Disable a user; their tokens stop working at once' })
  @ApiNoContentResponse({ description: 'Disabled' })
  @ApiProblems(404, 409, { 403: USER_EXCEEDS_OWN })
  disable(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    return this.users.setDisabled(me, id, true);
  }

  @Post(':id/enable')
  @HttpCode(204)
  @Authorized('user:write')
  @ApiOperation({ summary: 'Enable a disabled user' })
  @ApiNoContentResponse({ description: 'Enabled' })
  @ApiProblems(404, { 403: USER_EXCEEDS_OWN })
  enable(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    return this.users.setDisabled(me, id, false);
  }

  @Post(':id/reset-password')
  @HttpCode(204)
  @Authorized('user:write')
  @ApiOperation({ summary: "Set a new password for a user and end the user's sessions" })
  @ApiNoContentResponse({ description: 'Password reset' })
  @ApiProblems(400, 404, { 403: USER_EXCEEDS_OWN })
  resetPassword(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: ResetPasswordDto): Promise<void> {
    return this.users.resetPassword(me, id, dto);
  }

  @Post(':id/unlock')
  @HttpCode(204)
  @Authorized('user:write')
  @ApiOperation({ summary: 'Lift a lock caused by failed logins' })
  @ApiNoContentResponse({ description: 'Unlocked' })
  @ApiProblems(404, { 403: USER_EXCEEDS_OWN })
  unlock(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    return this.users.unlock(me, id);
  }
}
