import { NotAudited } from '@kehu/server-core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh token (only its hash). Each use rotates it; presenting a used token again means
 * it leaked, and revokes its whole family.
 */
@NotAudited()
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
