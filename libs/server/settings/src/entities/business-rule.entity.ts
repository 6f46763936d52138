import { NotAudited } from '@kehu/server-core';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An administrator's override of one rule of the catalogue (business-rules.ts); a rule without
 * a row has its default. Audited explicitly (RULE_SET / RULE_RESET) with the key as entity id,
 * which the generic subscriber cannot do for a non-uuid key.
 */
@NotAudited()
@Entity('business_rule')
export class BusinessRule {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'jsonb' })
  value: number | string | boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
