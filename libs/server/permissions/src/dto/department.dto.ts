import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';


export class CreateDepartmentDto {
  @ApiProperty({ example: '销售一部' })
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Parent; omitted → top level' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  managerId?: string | null;
}

export class UpdateDepartmentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  managerId?: string | null;
}

export class MoveDepartmentDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'New parent; null → top level' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  parentId: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId: string | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) managerId: string | null;
  @ApiProperty({ nullable: true, type: String }) managerName: string | null;
  @ApiProperty({ description: 'Users directly in this department' }) memberCount: number;
  @ApiProperty() version: number;
}

export class DepartmentNodeDto extends DepartmentDto {
  @ApiProperty({ type: () => [DepartmentNodeDto] }) children: DepartmentNodeDto[];
}
