import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Delivery } from '../entities/delivery.entity';
import { DeliveryQuantity } from './delivery-rules';

/** The SQL of deliveries. Quantities come back as numeric text, never as JS numbers. */
@Injectable()
export class DeliveriesRepository {
  /**
   * Serialises the delivery writes of one contract until the transaction ends. Taken after the
   * contract's balance row (when it has one; see docs/receivables.md "Concurrency"), so deliveries
   * and payments on one contract queue in one order and never deadlock.
   */
  async lockContractDeliveries(tx: EntityManager, contractId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`kehu-delivery:${contractId}`]);
  }

  /** The contract's deliveries, oldest first. */
  list(tx: EntityManager, contractId: string): Promise<Delivery[]> {
    return tx.find(Delivery, { where: { contractId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Quantities of the contract's deliveries by line number, product and status. */
  quantities(tx: EntityManager, contractId: string): Promise<DeliveryQuantity[]> {
    return tx.query(
      `SELECT line_no AS "lineNo", product_id AS "productId", status, sum(quantity)::numeric(15,3)::text AS quantity
         FROM delivery WHERE contract_id = $1 AND deleted_at IS NULL GROUP BY line_no, product_id, status`,
      [contractId],
    );
  }

  /** A live delivery by id (row-locked when `lock`), whatever its contract's scope: the caller checks that. */
  find(tx: EntityManager, id: string, lock = false): Promise<Delivery | null> {
    return tx.findOne(Delivery, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }
}
