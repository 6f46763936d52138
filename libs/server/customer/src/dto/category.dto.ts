import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@kehu/server-core';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';


export class CreateCategoryDto {
  @ApiProperty({ example: '制造业客户' }) @Transform(trimString) @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID() parentId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) sortOrder?: number;
}

export class UpdateCategoryDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimString) @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) sortOrder?: number;
}

export class MoveCategoryDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'New parent; null → top level' })
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  parentId: string | null;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) sortOrder?: number;
}

export class CategoryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId: string | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ description: 'Customers filed directly under this node, counting only those the caller may see (data scope)' }) customerCount: number;
  @ApiProperty() version: number;
}

export class CategoryNodeDto extends CategoryDto {
  @ApiProperty({ type: () => [CategoryNodeDto] }) children: CategoryNodeDto[];
}
