import { ApiProperty } from '@nestjs/swagger';
import { DataScope } from '@kehu/server-core';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'correct horse 42' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the previous refresh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({ description: 'At least 8 characters with a letter and a digit' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  newPassword: string;
}

export class RoleRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'sales_rep' }) code: string;
  @ApiProperty({ example: '客户经理' }) name: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) mobile: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) departmentId: string | null;
  @ApiProperty({ nullable: true, type: String }) departmentName: string | null;
  @ApiProperty({ type: [RoleRefDto] }) roles: RoleRefDto[];
  @ApiProperty({ type: [String], example: ['customer:read'] }) permissions: string[];
  @ApiProperty({ enum: DataScope, enumName: 'DataScope' }) dataScope: DataScope;
  @ApiProperty() mustChangePassword: boolean;
}

export class TokenPairDto {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer`, valid 15 minutes' }) accessToken: string;
  @ApiProperty({ description: 'Single-use token for POST /auth/refresh, valid 30 days' }) refreshToken: string;
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ type: MeDto }) user: MeDto;
}
