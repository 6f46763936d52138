import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** A person at a customer (联系人). */
@Entity('contact')
export class Contact extends BusinessEntity {
  @Column({ type: 'uuid' }) customerId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) gender: string | null;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text', nullable: true }) mobile: string | null;
  @Column({ type: 'text', nullable: true }) normalizedMobile: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'boolean', default: false }) isPrimary: boolean;
  @Column({ type: 'date', nullable: true }) birthday: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
}
