import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers are written by storage/customer-store.ts alone, with explicit writes to `customer_profile`
 * and `customer_state`: the INSTEAD OF triggers that routed writes through the `customer` view go, and
 * the view is read-only — a write through it fails instead of taking a path no reader of the code sees.
 */
export class CustomerStoreWrites1764000700000 implements MigrationInterface {
  name = 'CustomerStoreWrites1764000700000';

  async up(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER customer_view_${op} ON customer`);
      await q.query(`DROP FUNCTION customer_view_${op}()`);
    }
    // The defaults served inserts through the view; the tables have their own.
    for (const column of ['id', 'created_at', 'updated_at', 'version', 'name_bigrams', 'status', 'extensions_used', 'extension_pending', 'intent_pending']) {
      await q.query(`ALTER VIEW customer ALTER COLUMN ${column} DROP DEFAULT`);
    }
  }

  async down(): Promise<void> {
    throw new Error(`${this.name} cannot be reverted: the view's write triggers are gone (restore a backup taken before it)`);
  }
}
