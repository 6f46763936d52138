import { MigrationInterface, QueryRunner } from 'typeorm';

const BUSINESS_COLUMNS = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  version int NOT NULL DEFAULT 1,
  created_by uuid`;

/** Sales opportunities with their stage history and development plans (DOMAIN §4). */
export class Opportunities1764001500000 implements MigrationInterface {
  name = 'Opportunities1764001500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE opportunity (${BUSINESS_COLUMNS},
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        customer_id uuid CONSTRAINT opportunity_customer_id_fkey REFERENCES customer_profile(id),
        prospect_company text,
        prospect_contact text,
        prospect_phone text,
        source text,
        summary text,
        contact_name text,
        contact_phone text,
        expected_amount numeric(18,2) NOT NULL DEFAULT 0 CONSTRAINT opportunity_expected_amount_check CHECK (expected_amount >= 0),
        probability smallint NOT NULL CONSTRAINT opportunity_probability_check CHECK (probability BETWEEN 0 AND 100),
        expected_close_date date,
        stage text NOT NULL,
        status text NOT NULL CONSTRAINT opportunity_status_check CHECK (status IN ('UNASSIGNED', 'ASSIGNED', 'WON', 'LOST')),
        owner_id uuid CONSTRAINT opportunity_owner_id_fkey REFERENCES app_user(id),
        department_id uuid CONSTRAINT opportunity_department_id_fkey REFERENCES department(id),
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by uuid,
        loss_reason text,
        loss_note text,
        CONSTRAINT opportunity_party_check CHECK (customer_id IS NOT NULL OR prospect_company IS NOT NULL),
        CONSTRAINT opportunity_owner_status_check CHECK ((status = 'UNASSIGNED') = (owner_id IS NULL))
      )`);
    // The lists read one index scan per scope branch (owner; department), newest first.
    await q.query(`CREATE INDEX opportunity_owner_idx ON opportunity (owner_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX opportunity_department_idx ON opportunity (department_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    // The managers' queue: few rows, read by department.
    await q.query(`CREATE INDEX opportunity_unassigned_idx ON opportunity (department_id, created_at) WHERE deleted_at IS NULL AND status = 'UNASSIGNED'`);
    await q.query(`CREATE INDEX opportunity_stage_idx ON opportunity (stage, department_id, owner_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX opportunity_customer_idx ON opportunity (customer_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX opportunity_close_date_idx ON opportunity (expected_close_date, id) WHERE deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE opportunity_stage_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Orders the changes of one instant (a win writes its move in the same transaction as the one before it).
        seq bigint GENERATED ALWAYS AS IDENTITY,
        opportunity_id uuid NOT NULL CONSTRAINT opportunity_stage_change_opportunity_id_fkey REFERENCES opportunity(id),
        from_stage text,
        to_stage text NOT NULL,
        changed_by uuid,
        changed_at timestamptz NOT NULL,
        note text
      )`);
    await q.query(`CREATE INDEX opportunity_stage_change_opportunity_idx ON opportunity_stage_change (opportunity_id, seq)`);

    // Default probability of each stage of the opportunity-stage dictionary, when an administrator changed it.
    await q.query(`
      CREATE TABLE opportunity_stage_setting (
        stage text PRIMARY KEY,
        probability smallint NOT NULL CONSTRAINT opportunity_stage_setting_probability_check CHECK (probability BETWEEN 0 AND 100),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid
      )`);

    await q.query(`
      CREATE TABLE opportunity_plan_item (${BUSINESS_COLUMNS},
        opportunity_id uuid NOT NULL CONSTRAINT opportunity_plan_item_opportunity_id_fkey REFERENCES opportunity(id),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        planned_on date NOT NULL,
        executor_id uuid NOT NULL CONSTRAINT opportunity_plan_item_executor_id_fkey REFERENCES app_user(id),
        result text,
        executed_on date,
        CONSTRAINT opportunity_plan_item_execution_check CHECK ((result IS NULL) = (executed_on IS NULL))
      )`);
    await q.query(`CREATE INDEX opportunity_plan_item_opportunity_idx ON opportunity_plan_item (opportunity_id, planned_on, id) WHERE deleted_at IS NULL`);
    // Reminders: an executor's items not yet executed, by date.
    await q.query(`CREATE INDEX opportunity_plan_item_due_idx ON opportunity_plan_item (executor_id, planned_on) WHERE deleted_at IS NULL AND result IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE opportunity_plan_item`);
    await q.query(`DROP TABLE opportunity_stage_setting`);
    await q.query(`DROP TABLE opportunity_stage_change`);
    await q.query(`DROP TABLE opportunity`);
  }
}
