import { MigrationInterface, QueryRunner } from 'typeorm';
import { customerViewSql, ownedSyncFunctionsSql } from '../storage/customer-columns';

/**
 * Customers are written by storage/customer-store.ts alone, with explicit writes to `customer_profile`
 * and `customer_state`: the INSTEAD OF triggers that routed writes through the `customer` view go, and
 * the view is read-only (a write through it fails instead of taking a path no reader sees). The view
 * and the sync functions are recreated from storage/customer-columns.ts, their one column list.
 */
export class CustomerStoreWrites1764000700000 implements MigrationInterface {
  name = 'CustomerStoreWrites1764000700000';

  async up(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER customer_view_${op} ON customer`);
      await q.query(`DROP FUNCTION customer_view_${op}()`);
    }
    await q.query(`DROP VIEW customer`);
    await q.query(customerViewSql());
    for (const sql of ownedSyncFunctionsSql()) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('CustomerStoreWrites1764000700000 is not reversible: restore a backup taken before it');
  }
}
