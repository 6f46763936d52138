import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from './not-audited.decorator';

/** One write or sensitive action (DOMAIN §13 有据可查). Append-only. */
@NotAudited()
@Entity('audit_log')
@Index(['entityType', 'entityId', 'at'])
@Index(['actorId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorName: string | null;

  /** INSERT, UPDATE, SOFT_DELETE, DELETE, RESTORE, or a named action such as LOGIN or EXPORT. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
