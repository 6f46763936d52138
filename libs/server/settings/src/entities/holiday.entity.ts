import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/**
 * A public holiday (a weekday off) or, with `isWorkday`, a make-up working day 调休 on a weekend.
 * Working-day arithmetic (WorkingCalendar) reads these.
 */
@Entity('holiday')
export class Holiday extends BusinessEntity {
  /** YYYY-MM-DD in the business time zone. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean', default: false })
  isWorkday: boolean;
}
