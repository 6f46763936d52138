import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotAudited } from '../audit/not-audited.decorator';

/** One execution of a scheduled job, for operators to see what ran and what it did. */
@NotAudited()
@Entity('job_run')
@Index(['name', 'startedAt'])
export class JobRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  trigger: 'schedule' | 'manual';

  @Column({ type: 'uuid', nullable: true })
  triggeredBy: string | null;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text' })
  status: 'running' | 'succeeded' | 'failed';

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
