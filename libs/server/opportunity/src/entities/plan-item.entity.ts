import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** A dated step of an opportunity's development plan 客户开发计划, later given its execution result. */
@Entity('opportunity_plan_item')
export class PlanItem extends BusinessEntity {
  @Column({ type: 'uuid' }) opportunityId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'date' }) plannedOn: string;
  @Column({ type: 'uuid' }) executorId: string;
  @Column({ type: 'text', nullable: true }) result: string | null;
  @Column({ type: 'date', nullable: true }) executedOn: string | null;
}
