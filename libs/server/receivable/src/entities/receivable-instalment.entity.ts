import { BusinessEntity, moneyColumnTransformer } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** An instalment 回款计划 of a contract: what is due when. What it received is derived (payment_allocation). */
@Entity('receivable_instalment')
export class ReceivableInstalment extends BusinessEntity {
  @Column({ type: 'uuid' }) contractId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ type: 'date' }) dueDate: string;
  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: moneyColumnTransformer }) amount: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
