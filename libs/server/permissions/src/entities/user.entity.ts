import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity, JoinTable, ManyToMany } from 'typeorm';
import { Role } from './role.entity';

@Entity('app_user')
export class User extends BusinessEntity {
  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  mobile: string | null;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToMany(() => Role)
  @JoinTable({ name: 'user_role', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'role_id' } })
  roles: Role[];

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ type: 'int', default: 0 })
  failedLogins: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Bumped on disable and password changes: access tokens carrying an older value stop working. */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;
}
