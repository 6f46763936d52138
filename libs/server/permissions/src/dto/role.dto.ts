import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DataScope, trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';


export class CreateRoleDto {
  @ApiProperty({ example: 'regional_manager', description: 'Lowercase letters, digits and underscores' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{1,49}$/, { message: 'must be 2–50 lowercase letters, digits or underscores, starting with a letter' })
  code: string;

  @ApiProperty({ example: '区域经理' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiProperty({ type: [String], example: ['customer:read'] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  permissions: string[];

  @ApiProperty({ enum: DataScope, enumName: 'DataScope' })
  @IsEnum(DataScope)
  dataScope: DataScope;
}

export class UpdateRoleDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  permissions?: string[];

  @ApiPropertyOptional({ enum: DataScope, enumName: 'DataScope' })
  @IsOptional()
  @IsEnum(DataScope)
  dataScope?: DataScope;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  version?: number;
}

export class RoleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: [String] }) permissions: string[];
  @ApiProperty({ enum: DataScope, enumName: 'DataScope' }) dataScope: DataScope;
  @ApiProperty() builtIn: boolean;
  @ApiProperty() userCount: number;
  @ApiProperty() version: number;
}

export class LocalizedNameDto {
  @ApiProperty() en: string;
  @ApiProperty() zh: string;
}

export class PermissionDto {
  @ApiProperty({ example: 'customer:read' }) code: string;
  @ApiProperty({ type: LocalizedNameDto }) name: LocalizedNameDto;
}

export class PermissionGroupDto {
  @ApiProperty({ example: 'customer' }) code: string;
  @ApiProperty({ type: LocalizedNameDto }) name: LocalizedNameDto;
  @ApiProperty({ type: [PermissionDto] }) permissions: PermissionDto[];
}
