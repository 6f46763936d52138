import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An administrator's default probability for a stage of the `opportunity-stage` dictionary. */
@Entity('opportunity_stage_setting')
export class OpportunityStageSetting {
  @PrimaryColumn({ type: 'text' }) stage: string;
  @Column({ type: 'smallint' }) probability: number;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'uuid', nullable: true }) updatedBy: string | null;
}
