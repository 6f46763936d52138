import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countUpTo, IndexedSortColumn, parseSort, Principal } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { applyCustomerScope, customerScopeBranches } from '../scope/customer-scope';
import { CustomerStatus } from '../lifecycle/customer-status';
import { CUSTOMER_COUNT_CAP } from '../customers/customers.service';
import type { ChurnAlertQueryDto } from './churn.dto';
import { ChurnAlert, ChurnAlertStatus } from '../entities/churn-alert.entity';

const SORTABLE: Record<string, string | IndexedSortColumn> = {
  raisedAt: { column: 'a.raised_at', indexOrder: 'DESC NULLS LAST' },
  lastDealAt: { column: 'a.last_deal_at', indexOrder: 'ASC NULLS LAST' },
  status: 'a.status',
};

/** The statuses of an alert still to handle (the unique index churn_alert_active_uq allows one per customer). */
export const ACTIVE_ALERT_STATUSES = [ChurnAlertStatus.Open, ChurnAlertStatus.Deferred];
const ACTIVE = ACTIVE_ALERT_STATUSES;

/**
 * The churn job's statement ($1 now, $2 churnMonths). "Unless one is already active" is the unique
 * index churn_alert_active_uq, probed per row by ON CONFLICT. A NOT EXISTS here was planned, on an
 * empty vacuumed churn_alert (a new installation), as a scan of churn_alert per due customer — a scan
 * that also reads the rows this statement has inserted so far (the first run over 200k due customers
 * was still running after 4 minutes; it takes 10 s this way).
 */
export const RAISE_CHURN_ALERTS_SQL = `
  WITH raised AS (
    INSERT INTO churn_alert (customer_id, owner_id, department_id, raised_at, last_deal_at, status)
    SELECT c.id, c.owner_id, c.department_id, $1, c.last_deal_at, '${ChurnAlertStatus.Open}'
      FROM customer c
     WHERE c.deleted_at IS NULL AND c.status = 'FORMAL'
       AND coalesce(c.last_deal_at, c.formal_since, c.created_at) <= $1::timestamptz - make_interval(months => $2::int)
    ON CONFLICT (customer_id) WHERE status IN ('${ChurnAlertStatus.Open}','${ChurnAlertStatus.Deferred}') AND deleted_at IS NULL DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int AS raised FROM raised`;

/** An open alert of one of the owner's customers, for the reminders. */
export interface OpenAlertRow {
  id: string;
  customer_id: string;
  name: string;
  raised_at: Date;
  last_deal_at: Date | null;
}

/** What an alert shows of its customer. */
export interface AlertCustomerRow {
  id: string;
  name: string;
  code: string;
  owner_id: string | null;
  status: string;
}

/** The SQL of churn alerts. An alert is visible exactly when its customer is. */
@Injectable()
export class ChurnRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs the churn job's statement (RAISE_CHURN_ALERTS_SQL); answers how many alerts it raised. */
  async raiseDue(tx: EntityManager, now: Date, churnMonths: number): Promise<number> {
    const [{ raised }]: Array<{ raised: number }> = await tx.query(RAISE_CHURN_ALERTS_SQL, [now, churnMonths]);
    return raised;
  }

  /** A page of the alerts the caller may see, filtered and sorted, and their total counted up to the customer list's cap. */
  async page(principal: Principal, query: ChurnAlertQueryDto): Promise<{ rows: ChurnAlert[]; total: number }> {
    const qb = this.visibleAlerts(this.db.manager, principal, query.mine === 'true');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    else if (query.active !== 'false') qb.andWhere('a.status IN (:...active)', { active: ACTIVE });
    if (query.customerId) qb.andWhere('a.customer_id = :customerId', { customerId: query.customerId });
    for (const s of parseSort(query.sort, SORTABLE, '-raisedAt', 'a.id')) qb.addOrderBy(s.column, s.direction, s.nulls);
    // A first run over a migrated customer base raises alerts by the hundred thousand: an exact count
    // of them joined to their customers took 2–6 s a page at 1M customers.
    const [rows, total] = await Promise.all([
      qb.offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany(),
      this.countActiveFromCustomers(principal, query) ?? countUpTo(qb, CUSTOMER_COUNT_CAP),
    ]);
    return { rows, total };
  }

  /**
   * The capped count of a restricted scope's active alerts, read from the caller's customers — each
   * scope branch along its customer index (customer-scope.ts) — through the active-alert index. Read
   * from the alerts, it checked the customer of each until 1,000 of the caller's turned up: 41,000
   * checks, 0.24–0.45 s for a rep with 4,900 of 200,000 alerts. Closed alerts have no index by
   * customer (null: counted from the alerts).
   */
  private countActiveFromCustomers(principal: Principal, query: ChurnAlertQueryDto): Promise<number> | null {
    const branches = customerScopeBranches(principal);
    const statuses = query.status ? [query.status] : query.active === 'false' ? [] : ACTIVE;
    if (!branches || !statuses.length || !statuses.every((s) => ACTIVE.includes(s))) return null;
    const counts = branches.map((branch) => {
      const qb = this.db
        .createQueryBuilder()
        .select('1')
        .from('customer', 'c')
        .innerJoin('churn_alert', 'a', 'a.customer_id = c.id AND a.deleted_at IS NULL AND a.status IN (:...activeStatuses)', {
          activeStatuses: statuses,
        })
        // Implied by an active alert (only confirming the loss leaves FORMAL, and it closes the alert), and in each branch's index.
        .where(`c.deleted_at IS NULL AND c.status = '${CustomerStatus.Formal}'`)
        .andWhere(branch.sql, branch.params);
      if (query.mine === 'true') qb.andWhere('c.owner_id = :me', { me: principal.userId });
      if (query.customerId) qb.andWhere('c.id = :customerId', { customerId: query.customerId });
      return countUpTo(qb, CUSTOMER_COUNT_CAP);
    });
    // The branches are disjoint: their counts add up (each one stopped past the cap).
    return Promise.all(counts).then((n) => Math.min(CUSTOMER_COUNT_CAP + 1, n.reduce((a, b) => a + b, 0)));
  }

  /** The alert if the caller may see it (locked when asked), else null. */
  findVisible(manager: EntityManager, principal: Principal, id: string, lock = false): Promise<ChurnAlert | null> {
    const qb = this.visibleAlerts(manager, principal).andWhere('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['a']);
    return qb.getOne();
  }

  /**
   * Alerts of live customers in the caller's scope (`mine`: owned by the caller now — the alert's own
   * owner_id is who owned the customer when it was raised). The customer is checked per alert in a
   * subquery the planner keeps as such (OFFSET 0): as a join, the capped count of 200,000 alerts was
   * planned as a walk of 558,000 customers in an unrelated order looking for alerts (0.8 s).
   */
  private visibleAlerts(manager: EntityManager, principal: Principal, mine = false) {
    const customer = applyCustomerScope(manager.createQueryBuilder().select('1').from('customer', 'c').where('c.id = a.customer_id AND c.deleted_at IS NULL'), principal);
    if (mine) customer.andWhere('c.owner_id = :me', { me: principal.userId });
    return manager
      .getRepository(ChurnAlert)
      .createQueryBuilder('a')
      .where('a.deleted_at IS NULL')
      .andWhere(`EXISTS (${customer.getQuery()} OFFSET 0)`)
      .setParameters(customer.getParameters());
  }

  /** The customer's owner now. */
  async ownerOf(manager: EntityManager, customerId: string): Promise<string | null> {
    const [{ owner_id }]: Array<{ owner_id: string | null }> = await manager.query(`SELECT owner_id FROM customer WHERE id = $1`, [customerId]);
    return owner_id;
  }

  /**
   * Open alerts of the owner's customers, oldest first (200 at most). Read from the owner's FORMAL
   * customers (an open alert's customer is FORMAL: confirming makes it LOST, a contract resolves the
   * alert) through the active-alert index: walking the alerts in date order instead read 24,000 alerts
   * and their customers to find a rep's 200 among 200,000 (0.6–1.6 s for the home page).
   */
  openOf(ownerId: string): Promise<OpenAlertRow[]> {
    return this.db.query(
      `SELECT a.id, a.customer_id, c.name, a.raised_at, a.last_deal_at
         FROM (SELECT a.* FROM churn_alert a
                WHERE a.customer_id IN (SELECT id FROM customer WHERE owner_id = $1 AND deleted_at IS NULL AND status = 'FORMAL' OFFSET 0)
                  AND a.status = '${ChurnAlertStatus.Open}' AND a.deleted_at IS NULL
                ORDER BY a.raised_at, a.id LIMIT 200) a
         JOIN customer c ON c.id = a.customer_id
        ORDER BY a.raised_at, a.id`,
      [ownerId],
    );
  }

  /** What the alerts show of these customers. */
  customers(ids: string[]): Promise<AlertCustomerRow[]> {
    return this.db.query(`SELECT id, name, code, owner_id, status FROM customer WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
