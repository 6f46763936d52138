import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** A credential for integrations (ERP sync): acts with its role; the secret is kept hashed only. */
@Entity('api_key')
export class ApiKey extends BusinessEntity {
  @Column({ type: 'text' })
  name: string;

  /** Public part of the key, used to find it: `kehu_<prefix>_<secret>`. */
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'text', select: false })
  secretHash: string;

  @Column({ type: 'uuid' })
  roleId: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
