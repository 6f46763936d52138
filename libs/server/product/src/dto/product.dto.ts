import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeField, EnumField, IntField, MoneyField, PageQueryDto, TextField, UuidField } from '@kehu/server-core';
import { IsDateString, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Product, ProductStatus } from '../entities/product.entity';

/** Every field of a product a writer sets (POST, and PUT by ERP id, which carries the whole product). */
export class ProductFieldsDto {
  @TextField({ max: 50, example: 'KT-3500' }) code: string;
  @TextField({ max: 200, example: '春意 3.5 匹柜机' }) name: string;
  @TextField({ max: 100, optional: true, nullable: true, example: 'KFR-72LW' }) model?: string | null;
  @TextField({ max: 500, optional: true, nullable: true, example: '制冷量 7200W，一级能效' }) spec?: string | null;
  @TextField({ max: 20, example: '台' }) unit: string;
  @MoneyField({ example: '12800.00', description: 'List price (标价), not negative' }) listPrice: string;
  @MoneyField({ example: '13.00', description: 'VAT rate in percent, 0–100' }) taxRate: string;
  @EnumField(ProductStatus, { enumName: 'ProductStatus' }) status: ProductStatus;
  @UuidField({ optional: true, nullable: true, description: 'Product line (category)' }) categoryId?: string | null;
  @IntField({ min: 0, max: 2_000_000_000, optional: true, description: 'Stock on hand; omitted → unchanged (0 for a new product)' }) stockOnHand?: number;
}

export class CreateProductDto extends ProductFieldsDto {}

/** PUT /products/by-external-id/{externalId}: the ERP's whole view of the product. */
export class UpsertProductDto extends ProductFieldsDto {}

export class UpdateProductDto {
  @TextField({ max: 50, optional: true, example: 'KT-3500' }) code?: string;
  @TextField({ max: 200, optional: true, example: '春意 3.5 匹柜机' }) name?: string;
  @TextField({ max: 100, optional: true, nullable: true }) model?: string | null;
  @TextField({ max: 500, optional: true, nullable: true }) spec?: string | null;
  @TextField({ max: 20, optional: true, example: '台' }) unit?: string;
  @MoneyField({ optional: true, example: '12800.00' }) listPrice?: string;
  @MoneyField({ optional: true, example: '13.00', description: 'VAT rate in percent, 0–100' }) taxRate?: string;
  @EnumField(ProductStatus, { optional: true, enumName: 'ProductStatus' }) status?: ProductStatus;
  @UuidField({ optional: true, nullable: true }) categoryId?: string | null;
}

export class UpdateStockDto {
  @IntField({ min: 0, max: 2_000_000_000, example: 42 }) stockOnHand: number;
  @DateTimeField({ optional: true, description: 'When the ERP counted it; omitted → now' }) countedAt?: string;
}

export class ProductQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'This product line and every line under it' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ enum: ProductStatus, enumName: 'ProductStatus' })
  @IsOptional()
  @IsEnum(ProductStatus)
  status?: ProductStatus;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only products changed at or after this instant (sync)' })
  @IsOptional()
  @IsDateString()
  updatedSince?: string;
}

export class ProductDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) model: string | null;
  @ApiProperty({ nullable: true, type: String }) spec: string | null;
  @ApiProperty() unit: string;
  @ApiProperty({ example: '12800.00' }) listPrice: string;
  @ApiProperty({ example: '13.00', description: 'VAT rate in percent' }) taxRate: string;
  @ApiProperty({ enum: ProductStatus, enumName: 'ProductStatus' }) status: ProductStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) categoryId: string | null;
  @ApiProperty() stockOnHand: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) stockUpdatedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The ERP id the catalogue is mirrored by' }) externalId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export enum UpsertOutcome {
  Created = 'CREATED',
  Updated = 'UPDATED',
  /** The same body as stored: nothing was written (no new version, no audit entry). */
  Unchanged = 'UNCHANGED',
}

export class ProductUpsertResultDto {
  @ApiProperty({ enum: UpsertOutcome, enumName: 'UpsertOutcome' }) outcome: UpsertOutcome;
  @ApiProperty({ type: ProductDto }) product: ProductDto;
}

export function toProductDto(p: Product): ProductDto {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    model: p.model,
    spec: p.spec,
    unit: p.unit,
    listPrice: p.listPrice,
    taxRate: p.taxRate,
    status: p.status,
    categoryId: p.categoryId,
    stockOnHand: p.stockOnHand,
    stockUpdatedAt: p.stockUpdatedAt ? p.stockUpdatedAt.toISOString() : null,
    externalId: p.externalId,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}
