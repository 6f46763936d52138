import { MigrationInterface, QueryRunner } from 'typeorm';

/** Protection lifecycle, public pool and churn alerts (DOMAIN §3, §10). */
export class CustomerLifecycle1763900007000 implements MigrationInterface {
  name = 'CustomerLifecycle1763900007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customer
        ADD COLUMN review_state text CHECK (review_state IN ('PENDING','APPROVED','REJECTED')),
        ADD COLUMN rejection_reason text,
        ADD COLUMN extensions_used int NOT NULL DEFAULT 0,
        ADD COLUMN extension_pending boolean NOT NULL DEFAULT false,
        ADD COLUMN pool_entered_at timestamptz,
        ADD COLUMN pool_reason text CHECK (pool_reason IN ('EXPIRED','REJECTED','ABANDONED')),
        ADD COLUMN previous_owner_id uuid REFERENCES app_user(id),
        ADD COLUMN abandoned_by_id uuid REFERENCES app_user(id),
        ADD COLUMN abandoned_at timestamptz,
        ADD COLUMN after_sales_owner_id uuid REFERENCES app_user(id),
        ADD COLUMN formal_since timestamptz`);
    // Customers entered before the lifecycle existed count as reviewed, protected from now on.
    await q.query(`
      UPDATE customer SET review_state = 'APPROVED', protection_until = coalesce(protection_until, now() + interval '30 days')
       WHERE status = 'POTENTIAL' AND review_state IS NULL`);
    await q.query(`UPDATE customer SET protection_until = coalesce(protection_until, now() + interval '15 days') WHERE status = 'INTENT'`);
    await q.query(`UPDATE customer SET pool_entered_at = coalesce(pool_entered_at, updated_at) WHERE status = 'POOL'`);
    // The reclaim job and the expiry reminders: protected customers by deadline.
    await q.query(
      `CREATE INDEX customer_protection_due_idx ON customer (protection_until) WHERE deleted_at IS NULL AND status IN ('POTENTIAL','INTENT')`,
    );
    await q.query(`CREATE INDEX customer_pool_idx ON customer (pool_entered_at DESC, id) WHERE deleted_at IS NULL AND status = 'POOL'`);
    // The churn job: FORMAL customers by their last deal.
    await q.query(
      `CREATE INDEX customer_formal_deal_idx ON customer ((coalesce(last_deal_at, formal_since, created_at))) WHERE deleted_at IS NULL AND status = 'FORMAL'`,
    );
    // Claims per rep per day.
    await q.query(`CREATE INDEX customer_history_claims_idx ON customer_history (actor_id, at) WHERE event = 'CLAIMED'`);
    await q.query(`
      CREATE TABLE churn_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        customer_id uuid NOT NULL REFERENCES customer(id),
        owner_id uuid REFERENCES app_user(id),
        department_id uuid REFERENCES department(id),
        raised_at timestamptz NOT NULL,
        last_deal_at timestamptz,
        status text NOT NULL CHECK (status IN ('OPEN','DEFERRED','CONFIRMED','RESOLVED')),
        loss_reason text,
        closed_at timestamptz,
        closed_by uuid REFERENCES app_user(id)
      )`);
    // One active alert per customer: the job may run any number of times.
    await q.query(`CREATE UNIQUE INDEX churn_alert_active_uq ON churn_alert (customer_id) WHERE status IN ('OPEN','DEFERRED') AND deleted_at IS NULL`);
    await q.query(`CREATE INDEX churn_alert_owner_idx ON churn_alert (owner_id, status, raised_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX churn_alert_raised_idx ON churn_alert (raised_at DESC, id) WHERE deleted_at IS NULL`);
    await q.query(`
      CREATE TABLE churn_measure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES churn_alert(id),
        at timestamptz NOT NULL,
        author_id uuid REFERENCES app_user(id),
        text text NOT NULL CHECK (length(btrim(text)) > 0)
      )`);
    await q.query(`CREATE INDEX churn_measure_alert_idx ON churn_measure (alert_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE churn_measure`);
    await q.query(`DROP TABLE churn_alert`);
    await q.query(`DROP INDEX customer_history_claims_idx`);
    await q.query(`
      ALTER TABLE customer
        DROP COLUMN review_state, DROP COLUMN rejection_reason, DROP COLUMN extensions_used, DROP COLUMN extension_pending,
        DROP COLUMN pool_entered_at, DROP COLUMN pool_reason, DROP COLUMN previous_owner_id, DROP COLUMN abandoned_by_id,
        DROP COLUMN abandoned_at, DROP COLUMN after_sales_owner_id, DROP COLUMN formal_since`);
  }
}
