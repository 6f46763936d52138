import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** A product line (产品类别): a node of the catalogue tree; `path` makes a subtree filter one LIKE. */
@Entity('product_category')
export class ProductCategory extends BusinessEntity {
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
}
