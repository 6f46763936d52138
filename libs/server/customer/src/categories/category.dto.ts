import { ApiProperty } from '@nestjs/swagger';
import { IntField, TextField, UuidField } from '@kehu/server-core';

export class CreateCategoryDto {
  @TextField({ max: 100, example: '制造业客户' }) name: string;
  @UuidField({ optional: true, nullable: true, description: 'Parent; omitted → top level' }) parentId?: string | null;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
}

export class UpdateCategoryDto {
  @TextField({ max: 100, optional: true, example: '制造业客户' }) name?: string;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
}

export class MoveCategoryDto {
  @UuidField({ nullable: true, description: 'New parent; null → top level' }) parentId: string | null;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
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
