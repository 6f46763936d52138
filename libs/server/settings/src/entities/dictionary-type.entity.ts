import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** One list of the data dictionary (DOMAIN §13), e.g. `industry`. Shipped with Kehu; not created by users. */
@Entity('dictionary_type')
export class DictionaryType extends BusinessEntity {
  @Column({ type: 'text' })
  code: string;

  /** Chinese name shown by default. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  nameEn: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
