import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** A node of the customer classification tree (客户分类); `path` makes subtree filters one LIKE. */
@Entity('customer_category')
export class CustomerCategory extends BusinessEntity {
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ type: 'text' }) path: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
}
