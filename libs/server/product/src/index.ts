// The product domain's public surface: the module, the facade quotes and contracts call, and the types they need.
export { ProductModule } from './product.module';
export { ProductFacade, type QuotableProduct } from './product.facade';
export { PRODUCT_PERMISSIONS } from './product.permissions';
export { ProductStatus } from './entities/product.entity';
export type { ProductDto } from './dto/product.dto';
export { productMigrations } from './migrations';
