import { BusinessEntity } from '@kehu/server-core';
import { Column, Entity } from 'typeorm';
import { DeliveryStatus } from '../deliveries/delivery-rules';

/** A delivery 交付 of part of a contract line: shipped, delivered and accepted by the customer. */
@Entity('delivery')
export class Delivery extends BusinessEntity {
  @Column({ type: 'uuid' }) contractId: string;
  /** The line it was recorded against (of the revision then in force). */
  @Column({ type: 'uuid' }) lineId: string;
  /** The line's number and product: what matches it to the line of a later revision. */
  @Column({ type: 'int' }) lineNo: number;
  @Column({ type: 'uuid' }) productId: string;
  /** Exact decimal, three places, like the contract line's. */
  @Column({ type: 'numeric', precision: 15, scale: 3 }) quantity: string;
  @Column({ type: 'text' }) status: DeliveryStatus;
  @Column({ type: 'date', nullable: true }) plannedOn: string | null;
  @Column({ type: 'date', nullable: true }) shippedOn: string | null;
  @Column({ type: 'date', nullable: true }) deliveredOn: string | null;
  @Column({ type: 'date', nullable: true }) acceptedOn: string | null;
  @Column({ type: 'text', nullable: true }) carrier: string | null;
  @Column({ type: 'text', nullable: true }) trackingNote: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
