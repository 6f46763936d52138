import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';

/** A person at a customer (联系人). */
@Entity('contact')
export class Contact extends BusinessEntity {
  @Column({ type: 'uuid' }) customerId: string;
  @Column({ type: 'text' }) name: string;
  /** Full pinyin and initials of the name from every syllable on (pinyin-keys.ts), for pinyin search; set with the name. */
  @Column({ type: 'text', default: '' }) namePinyin: string;
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
