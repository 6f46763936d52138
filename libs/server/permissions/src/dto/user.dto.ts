import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { RoleRefDto } from './auth.dto';


export class CreateUserDto {
  @ApiProperty({ example: 'zhang.wei', description: '3–64 letters, digits, dot, dash or underscore' })
  @Transform(trimString)
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: 'must be 3–64 letters, digits, dot, dash or underscore' })
  username: string;

  @ApiProperty({ example: '张伟' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName: string;

  @ApiProperty({ description: 'Initial password; the user is asked to change it at first sign-in' })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  password: string;

  @ApiPropertyOptional({ example: 'zhang.wei@example.com', nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiPropertyOptional({ example: '13800138000', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 -]{5,20}$/, { message: 'must be a phone number' })
  mobile?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiProperty({ type: [String], format: 'uuid', example: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  roleIds: string[];
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 -]{5,20}$/, { message: 'must be a phone number' })
  mobile?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  roleIds?: string[];

  @ApiPropertyOptional({ description: 'Version read before editing (alternative to If-Match)' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'New password; the user must change it at next sign-in' })
  @IsString()
  @MinLength(8)
  @MaxLength(128)
  newPassword: string;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only members of this department (not its children)' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roleId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  disabled?: boolean;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) mobile: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) departmentId: string | null;
  @ApiProperty({ nullable: true, type: String }) departmentName: string | null;
  @ApiProperty({ type: [RoleRefDto] }) roles: RoleRefDto[];
  @ApiProperty() disabled: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lockedUntil: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastLoginAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}
