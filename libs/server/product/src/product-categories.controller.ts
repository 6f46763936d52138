import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import {
  CreateProductCategoryDto,
  MoveProductCategoryDto,
  ProductCategoryDto,
  ProductCategoryNodeDto,
  UpdateProductCategoryDto,
} from './dto/product-category.dto';
import { ProductCategoriesService } from './product-categories.service';

@ApiTags('Product categories')
@Controller('product-categories')
export class ProductCategoriesController {
  constructor(private readonly categories: ProductCategoriesService) {}

  @Get()
  @Authorized('product:read')
  @ApiOperation({ summary: 'The product lines, as a tree' })
  @ApiOkResponse({ type: [ProductCategoryNodeDto] })
  tree(): Promise<ProductCategoryNodeDto[]> {
    return this.categories.nested();
  }

  @Post()
  @Authorized('product:write')
  @ApiOperation({ summary: 'Add a product line' })
  @ApiCreatedResponse({ type: ProductCategoryDto })
  @ApiProblems(400, { 409: 'product-category-name-taken' })
  create(@CurrentUser() me: Principal, @Body() dto: CreateProductCategoryDto): Promise<ProductCategoryDto> {
    return this.categories.create(me, dto);
  }

  @Patch(':id')
  @Authorized('product:write')
  @ApiOperation({ summary: 'Rename or reorder a product line' })
  @ApiOkResponse({ type: ProductCategoryDto })
  @ApiProblems(400, 404, { 409: 'product-category-name-taken' })
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdateProductCategoryDto): Promise<ProductCategoryDto> {
    return this.categories.update(id, dto);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Authorized('product:write')
  @ApiOperation({ summary: 'Move a product line (with its sub-lines) under another parent' })
  @ApiOkResponse({ type: ProductCategoryDto })
  @ApiProblems(400, 404, { 409: 'product-category-cycle, product-category-name-taken' })
  move(@Param('id', UuidParam) id: string, @Body() dto: MoveProductCategoryDto): Promise<ProductCategoryDto> {
    return this.categories.move(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('product:write')
  @ApiOperation({ summary: 'Delete a product line without products or sub-lines' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, { 409: 'product-category-in-use, product-category-has-children' })
  remove(@Param('id', UuidParam) id: string): Promise<void> {
    return this.categories.remove(id);
  }
}
