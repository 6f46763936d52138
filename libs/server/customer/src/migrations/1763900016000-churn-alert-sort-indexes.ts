import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The churn alert list's sorts as index walks. The list orders `raised_at DESC NULLS LAST, id DESC NULLS
 * LAST` (the order every list uses); the index of the lifecycle migration was `(raised_at DESC, id)`,
 * which PostgreSQL cannot read in that order, so each page sorted every active alert: 0.7 s a page
 * with 200,000 alerts (a first run over a migrated customer base). Sorting by last deal (the longest
 * without one first) gets its own.
 */
export class ChurnAlertSortIndexes1763900016000 implements MigrationInterface {
  name = 'ChurnAlertSortIndexes1763900016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX churn_alert_raised_idx`);
    await q.query(`CREATE INDEX churn_alert_raised_idx ON churn_alert (raised_at DESC NULLS LAST, id DESC NULLS LAST) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX churn_alert_last_deal_idx ON churn_alert (last_deal_at ASC NULLS LAST, id ASC NULLS LAST) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX churn_alert_last_deal_idx`);
    await q.query(`DROP INDEX churn_alert_raised_idx`);
    await q.query(`CREATE INDEX churn_alert_raised_idx ON churn_alert (raised_at DESC, id) WHERE deleted_at IS NULL`);
  }
}
