import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, AuthorizedDuringPasswordChange, CurrentUser, Principal, Public } from '@kehu/server-core';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, MeDto, RefreshDto, TokenPairDto } from './dto/auth.dto';

@ApiTags('Auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Sign in with username and password; 5 failures lock the account for 15 minutes',
    description: 'Also limited to 30 failed sign-ins per client address in 5 minutes (429). 423 and 429 carry `Retry-After`.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401, 423, 429)
  login(@Body() dto: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(dto);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair (the old refresh token is spent)' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401)
  refresh(@Body() dto: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'End the session the refresh token belongs to; its access tokens stop working at once' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(400)
  logout(@Body() dto: RefreshDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }

  @Get('me')
  @AuthorizedDuringPasswordChange()
  @ApiOperation({ summary: 'The signed-in user with roles, permissions and data scope' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: Principal): Promise<MeDto> {
    return this.auth.currentUser(user);
  }

  @Post('change-password')
  @HttpCode(200)
  @AuthorizedDuringPasswordChange()
  @ApiOperation({
    summary: 'Change my password: ends all my sessions and answers a new token pair for this one',
    description: 'A wrong current password counts toward the account lock like a failed sign-in (423 once locked).',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 423)
  changePassword(@CurrentUser() user: Principal, @Body() dto: ChangePasswordDto): Promise<TokenPairDto> {
    return this.auth.changePassword(user, dto);
  }
}
