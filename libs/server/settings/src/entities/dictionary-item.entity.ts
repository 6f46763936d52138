import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/**
 * One entry of a dictionary list. Records elsewhere store its `code`; an item in use (or shipped
 * with Kehu) can be disabled but not deleted.
 */
@Entity('dictionary_item')
export class DictionaryItem extends BusinessEntity {
  @Column({ type: 'text' })
  typeCode: string;

  @Column({ type: 'text' })
  code: string;

  /** Chinese label shown by default. */
  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text', nullable: true })
  labelEn: string | null;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  /** Disabled items stay valid on existing records but are no longer offered or accepted. */
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ type: 'boolean', default: false })
  builtIn: boolean;
}
