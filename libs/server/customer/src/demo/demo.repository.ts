import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * The demo seeder's own SQL: its lock, what it checks before playing, and the back-dating of what the
 * services wrote (the stories are played now, then moved into the past). Customers' own columns are
 * back-dated by storage (CustomerStore).
 */
@Injectable()
export class DemoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Replicas starting together queue here (a session lock: the seed spans many transactions). */
  async lock(session: QueryRunner): Promise<void> {
    await session.query(`SELECT pg_advisory_lock(hashtext('kehu-seed-demo-customers'))`);
  }

  async unlock(session: QueryRunner): Promise<void> {
    await session.query(`SELECT pg_advisory_unlock(hashtext('kehu-seed-demo-customers'))`);
  }

  /** How many customers, deleted ones included, bear one of these names. */
  async countNamed(names: string[]): Promise<number> {
    const [{ n }]: Array<{ n: number }> = await this.db.query(`SELECT count(*)::int AS n FROM customer WHERE name = ANY($1::text[])`, [names]);
    return n;
  }

  /** The live, enabled users among these usernames. */
  activeUsers<U extends string>(usernames: readonly U[]): Promise<Array<{ id: string; username: U }>> {
    return this.db.query(`SELECT id, username FROM app_user WHERE username = ANY($1::text[]) AND deleted_at IS NULL AND NOT disabled`, [usernames]);
  }

  /** Creation times come from the database's clock: aligns the customer's contacts with the injected one. */
  async setContactsCreatedAt(customerId: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE contact SET created_at = $2 WHERE customer_id = $1`, [customerId, at]);
  }

  /** A follow-up played now was created when it occurred. */
  async followUpCreatedWhenHeld(followUpId: string): Promise<void> {
    await this.db.query(`UPDATE follow_up SET created_at = occurred_at WHERE id = $1`, [followUpId]);
  }

  /** The customer's churn alerts were created when raised. */
  async churnAlertsCreatedWhenRaised(customerId: string): Promise<void> {
    await this.db.query(`UPDATE churn_alert SET created_at = raised_at WHERE customer_id = $1`, [customerId]);
  }

  /**
   * Moves what belongs to a customer `by` (an interval) back in time: ownership history, approvals,
   * contacts, follow-ups and churn alerts, in one statement.
   */
  async rewindBelongings(manager: EntityManager, customerId: string, by: string): Promise<void> {
    const back = (column: string) => `${column} = ${column} - $2::interval`;
    await manager.query(
      `WITH h AS (UPDATE customer_history SET ${back('at')} WHERE customer_id = $1 RETURNING 1),
            k AS (UPDATE contact SET ${back('created_at')} WHERE customer_id = $1 RETURNING 1),
            f AS (UPDATE follow_up SET ${['occurred_at', 'next_contact_at', 'created_at'].map(back).join(', ')} WHERE customer_id = $1 RETURNING 1),
            r AS (UPDATE approval_request SET ${back('created_at')}, ${back('decided_at')} WHERE subject_id = $1 RETURNING id),
            s AS (UPDATE approval_step SET ${back('decided_at')} WHERE request_id IN (SELECT id FROM r) RETURNING 1),
            a AS (UPDATE churn_alert SET ${['created_at', 'raised_at', 'last_deal_at', 'closed_at'].map(back).join(', ')} WHERE customer_id = $1 RETURNING id),
            m AS (UPDATE churn_measure SET ${back('at')} WHERE alert_id IN (SELECT id FROM a) RETURNING 1)
       SELECT 1`,
      [customerId, by],
    );
  }

  /** The id of the customer's open or deferred churn alert, if any. */
  async activeAlertId(customerId: string): Promise<string | undefined> {
    const [alert]: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM churn_alert WHERE customer_id = $1 AND status IN ('OPEN','DEFERRED') AND deleted_at IS NULL`,
      [customerId],
    );
    return alert?.id;
  }
}
