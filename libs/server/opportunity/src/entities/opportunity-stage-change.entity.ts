import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One move of an opportunity between stages: who, when, from, to (history rows are never edited). */
@Entity('opportunity_stage_change')
export class OpportunityStageChange {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Insertion order: changes of one instant keep the order they were made in. */
  @Column({ type: 'bigint', insert: false, update: false, select: false }) seq: string;
  @Column({ type: 'uuid' }) opportunityId: string;
  @Column({ type: 'text', nullable: true }) fromStage: string | null;
  @Column({ type: 'text' }) toStage: string;
  @Column({ type: 'uuid', nullable: true }) changedBy: string | null;
  @Column({ type: 'timestamptz' }) changedAt: Date;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
