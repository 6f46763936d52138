import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kanban's reads (issue 20): per open stage, the newest-moved cards and the count/Σ amount. One
 * index per way a scope narrows the rows — everything (administrators), one owner (reps, SELF), a
 * department (managers) — each ordered like the cards and carrying the amount, so a column is a short
 * walk and its totals an index-only scan. Partial on the open statuses: closed ones never show there.
 */
export class OpportunityKanban1764003000000 implements MigrationInterface {
  name = 'OpportunityKanban1764003000000';

  async up(q: QueryRunner): Promise<void> {
    const open = `WHERE deleted_at IS NULL AND status IN ('UNASSIGNED', 'ASSIGNED')`;
    await q.query(`CREATE INDEX opportunity_kanban_idx ON opportunity (stage, stage_changed_at DESC, id DESC) INCLUDE (expected_amount, owner_id, department_id) ${open}`);
    await q.query(`CREATE INDEX opportunity_kanban_owner_idx ON opportunity (owner_id, stage, stage_changed_at DESC, id DESC) INCLUDE (expected_amount) ${open}`);
    await q.query(`CREATE INDEX opportunity_kanban_department_idx ON opportunity (department_id, stage, stage_changed_at DESC, id DESC) INCLUDE (expected_amount, owner_id) ${open}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX opportunity_kanban_department_idx`);
    await q.query(`DROP INDEX opportunity_kanban_owner_idx`);
    await q.query(`DROP INDEX opportunity_kanban_idx`);
  }
}
