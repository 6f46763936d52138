import { BusinessEntity, DataScope } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

@Entity('role')
export class Role extends BusinessEntity {
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions: string[];

  @Column({ type: 'text', default: DataScope.Self })
  dataScope: DataScope;

  /** Shipped with Kehu (DOMAIN roles); may be edited, never deleted. */
  @Column({ type: 'boolean', default: false })
  builtIn: boolean;
}
