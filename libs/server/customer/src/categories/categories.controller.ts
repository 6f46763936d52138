import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Authorized, CurrentUser, Principal, UuidParam } from '@kehu/server-core';
import { CategoriesService } from './categories.service';
import { CategoryDto, CategoryNodeDto, CreateCategoryDto, MoveCategoryDto, UpdateCategoryDto } from './category.dto';

@ApiTags('Customer categories')
@Controller('customer-categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Get()
  @Authorized('customer:read')
  @ApiOperation({ summary: 'The customer classification tree' })
  @ApiOkResponse({ type: [CategoryNodeDto] })
  tree(@CurrentUser() me: Principal): Promise<CategoryNodeDto[]> {
    return this.categories.tree(me);
  }

  @Post()
  @Authorized('customer-category:write')
  @ApiOperation({ summary: 'Add a category' })
  @ApiCreatedResponse({ type: CategoryDto })
  @ApiProblems(400, 409)
  create(@CurrentUser() me: Principal, @Body() dto: CreateCategoryDto): Promise<CategoryDto> {
    return this.categories.create(me, dto);
  }

  @Patch(':id')
  @Authorized('customer-category:write')
  @ApiOperation({ summary: 'Rename or reorder a category' })
  @ApiOkResponse({ type: CategoryDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: UpdateCategoryDto): Promise<CategoryDto> {
    return this.categories.update(me, id, dto);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Authorized('customer-category:write')
  @ApiOperation({ summary: 'Move a category (with its sub-categories) under another parent' })
  @ApiOkResponse({ type: CategoryDto })
  @ApiProblems(400, 404, 409)
  move(@CurrentUser() me: Principal, @Param('id', UuidParam) id: string, @Body() dto: MoveCategoryDto): Promise<CategoryDto> {
    return this.categories.move(me, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('customer-category:write')
  @ApiOperation({ summary: 'Delete a category without customers or sub-categories (409 otherwise)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409)
  remove(@Param('id', UuidParam) id: string): Promise<void> {
    return this.categories.remove(id);
  }
}
