import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity, Index } from 'typeorm';

/** A node of the company's department tree; `path` (`/rootId/childId/`) makes subtree queries one LIKE. */
@Entity('department')
export class Department extends BusinessEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Index()
  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  /** Approves the department's requests when a chain step says "department manager". */
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;
}
