import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerPermissions } from '@kehu/server-core';
import { DemoProductsSeeder } from './demo/demo-products.seeder';
import { Product } from './entities/product.entity';
import { ProductCategory } from './entities/product-category.entity';
import { ProductCategoriesController } from './product-categories.controller';
import { ProductCategoriesService } from './product-categories.service';
import { ProductFacade } from './product.facade';
import { PRODUCT_PERMISSIONS } from './product.permissions';
import { ProductRepository } from './product.repository';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';

/** The product catalogue: product lines and products, mirrored from the ERP (DOMAIN §5). */
@Module({
  imports: [TypeOrmModule.forFeature([Product, ProductCategory])],
  controllers: [ProductCategoriesController, ProductsController],
  providers: [registerPermissions(PRODUCT_PERMISSIONS), ProductRepository, ProductsService, ProductCategoriesService, ProductFacade, DemoProductsSeeder],
  exports: [ProductFacade],
})
export class ProductModule {}
