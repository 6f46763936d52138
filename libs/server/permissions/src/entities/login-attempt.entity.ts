import { NotAudited } from '@kehu/server-core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Login attempts per IP, kept in the database so the limit holds across replicas. */
@NotAudited()
@Entity('login_attempt')
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'boolean' })
  success: boolean;
}
