import { ProductCatalogue1764001400000 } from './1764001400000-product-catalogue';

export const productMigrations = [ProductCatalogue1764001400000];
