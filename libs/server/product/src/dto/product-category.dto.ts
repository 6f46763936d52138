import { ApiProperty } from '@nestjs/swagger';
import { IntField, TextField, UuidField } from '@kehu/server-core';

export class CreateProductCategoryDto {
  @TextField({ max: 100, example: '家用空调' }) name: string;
  @UuidField({ optional: true, nullable: true, description: 'Parent line; omitted → top level' }) parentId?: string | null;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
}

export class UpdateProductCategoryDto {
  @TextField({ max: 100, optional: true, example: '家用空调' }) name?: string;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
}

export class MoveProductCategoryDto {
  @UuidField({ nullable: true, description: 'New parent; null → top level' }) parentId: string | null;
  @IntField({ min: 0, max: 100000, optional: true }) sortOrder?: number;
}

export class ProductCategoryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId: string | null;
  @ApiProperty() sortOrder: number;
  @ApiProperty({ description: 'Live products filed directly under this line' }) productCount: number;
  @ApiProperty() version: number;
}

export class ProductCategoryNodeDto extends ProductCategoryDto {
  @ApiProperty({ type: () => [ProductCategoryNodeDto] }) children: ProductCategoryNodeDto[];
}
