import { NotAudited } from '@kehu/server-core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Generated signing keys, stored in the database so every replica shares them. */
@NotAudited()
@Entity('auth_secret')
export class AuthSecret {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  value: string;
}
