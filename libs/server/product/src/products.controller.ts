import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiIfMatch, ApiPageResponse, ApiProblems, Authorized, CurrentUser, ExternalIdParam, IfMatch, PageDto, Principal, UuidParam } from '@kehu/server-core';
import {
  CreateProductDto,
  ProductDto,
  ProductQueryDto,
  ProductUpsertResultDto,
  UpdateProductDto,
  UpdateStockDto,
  UpsertProductDto,
} from './dto/product.dto';
import { ProductsService } from './products.service';

@ApiTags('Products')
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  @Authorized('product:read')
  @ApiOperation({ summary: 'Search the catalogue by code, name or model (two Chinese characters are enough); filter by product line subtree and status' })
  @ApiPageResponse(ProductDto)
  @ApiProblems(400)
  list(@Query() query: ProductQueryDto): Promise<PageDto<ProductDto>> {
    return this.products.list(query);
  }

  @Post()
  @Authorized('product:write')
  @ApiOperation({ summary: 'Add a product by hand' })
  @ApiCreatedResponse({ type: ProductDto })
  @ApiProblems(400, { 409: 'product-code-taken' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateProductDto): Promise<ProductDto> {
    return this.products.create(me, dto);
  }

  @Put('by-external-id/:externalId')
  @Authorized('product:write')
  @ApiOperation({
    summary: 'Create or update the product mirrored from this ERP id (idempotent: the same body again answers UNCHANGED and writes nothing)',
  })
  @ApiParam({ name: 'externalId', description: 'The ERP’s id of the product (1–100 characters)' })
  @ApiOkResponse({ type: ProductUpsertResultDto })
  @ApiProblems(400, { 409: 'product-code-taken' })
  upsert(@CurrentUser() me: Principal, @Param('externalId', ExternalIdParam) externalId: string, @Body() dto: UpsertProductDto): Promise<ProductUpsertResultDto> {
    return this.products.upsertByExternalId(me, externalId, dto);
  }

  @Patch('by-external-id/:externalId/stock')
  @Authorized('product:write')
  @ApiOperation({ summary: 'Set the stock on hand of the product mirrored from this ERP id (a count older than the stored one is ignored)' })
  @ApiParam({ name: 'externalId', description: 'The ERP’s id of the product (1–100 characters)' })
  @ApiOkResponse({ type: ProductDto })
  @ApiProblems(400, 404)
  updateStock(@Param('externalId', ExternalIdParam) externalId: string, @Body() dto: UpdateStockDto): Promise<ProductDto> {
    return this.products.updateStock(externalId, dto);
  }

  @Get(':id')
  @Authorized('product:read')
  @ApiOperation({ summary: 'One product' })
  @ApiOkResponse({ type: ProductDto })
  @ApiProblems(400, 404)
  get(@Param('id', UuidParam) id: string): Promise<ProductDto> {
    return this.products.get(id);
  }

  @Patch(':id')
  @Authorized('product:write')
  @ApiOperation({ summary: 'Edit a product' })
  @ApiIfMatch()
  @ApiOkResponse({ type: ProductDto })
  @ApiProblems(400, 404, 412, { 409: 'product-code-taken' })
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdateProductDto, @IfMatch() ifMatch?: string): Promise<ProductDto> {
    return this.products.update(id, dto, ifMatch);
  }
}
