import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { positional, Principal } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { receivableVisibleTo } from '../receivable.repository';

export type AgingGroup = 'customer' | 'owner' | 'department';

export interface AgingRow {
  key: string | null;
  name: string | null;
  days0to30: string;
  days31to60: string;
  days61to90: string;
  over90: string;
  total: string;
}

const AGING_GROUPS: Record<AgingGroup, { key: string; name: string }> = {
  customer: { key: 'o.customer_id', name: '(SELECT c.name FROM customer_profile c WHERE c.id = o.customer_id)' },
  owner: { key: 'o.owner_id', name: '(SELECT u.display_name FROM app_user u WHERE u.id = o.owner_id)' },
  department: { key: 'o.department_id', name: '(SELECT d.name FROM department d WHERE d.id = o.department_id)' },
};

export interface PlanVsActualRow {
  month: string;
  planned: string;
  collected: string;
}

export interface ContractsFiguresRow {
  received: string;
  pending: string;
  overdue: string;
}

/** The SQL of receivable reports: figures over many contracts, amounts as numeric text. */
@Injectable()
export class ReceivableReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Outstanding amounts of overdue instalments in the caller's scope, by group, in the aging buckets
   * (days past due ≤ 30, 31–60, 61–90, > 90 — the edges of `agingBucket`), largest total first.
   * Overdue as marked (the job's partial index ix_receivable_instalment_overdue holds only those),
   * checked against the ledger and the date.
   */
  aging(principal: Principal, groupBy: AgingGroup, today: string): Promise<AgingRow[]> {
    const scope = receivableVisibleTo(principal);
    const group = AGING_GROUPS[groupBy];
    const money = (filter: string) => `coalesce(sum(o.outstanding) FILTER (WHERE ${filter}), 0)::numeric(18,2)::text`;
    const [sql, params] = positional(
      this.db,
      `WITH o AS (
         SELECT ra.customer_id, ra.owner_id, ra.department_id, (CAST(:today AS date) - i.due_date) AS days, i.amount - coalesce(r.received, 0) AS outstanding
           FROM receivable_instalment i
           JOIN receivable_account ra ON ra.contract_id = i.contract_id
           LEFT JOIN LATERAL (SELECT sum(a.amount) AS received FROM payment_allocation a WHERE a.instalment_id = i.id) r ON true
          WHERE i.deleted_at IS NULL AND i.overdue_since IS NOT NULL AND i.due_date < CAST(:today AS date) AND coalesce(r.received, 0) < i.amount AND ${scope.sql})
       SELECT ${group.key} AS key, ${group.name} AS name,
              ${money('o.days <= 30')} AS "days0to30", ${money('o.days BETWEEN 31 AND 60')} AS "days31to60",
              ${money('o.days BETWEEN 61 AND 90')} AS "days61to90", ${money('o.days > 90')} AS "over90", ${money('true')} AS total
         FROM o GROUP BY ${group.key} ORDER BY sum(o.outstanding) DESC, ${group.key}`,
      { ...scope.params, today },
    );
    return this.db.query(sql, params);
  }

  /**
   * Per month from `first` to `last` (the first days of the months): instalments due in the month
   * (live ones), and confirmed entries paid in it — payments on their payment date, reversals
   * (negative) on the day they were made — over the contracts in the caller's scope. Dates are
   * business days already, so a month's edges are the business time zone's.
   */
  planVsActual(principal: Principal, first: string, last: string): Promise<PlanVsActualRow[]> {
    const scope = receivableVisibleTo(principal);
    const [sql, params] = positional(
      this.db,
      `WITH months AS (
         SELECT CAST(m AS date) AS start FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 month') m),
       planned AS (
         SELECT date_trunc('month', i.due_date)::date AS start, sum(i.amount) AS amount
           FROM receivable_instalment i JOIN receivable_account ra ON ra.contract_id = i.contract_id
          WHERE i.deleted_at IS NULL AND i.due_date >= CAST(:first AS date) AND i.due_date < CAST(:last AS date) + interval '1 month' AND ${scope.sql}
          GROUP BY 1),
       collected AS (
         SELECT date_trunc('month', p.paid_on)::date AS start, sum(p.amount) AS amount
           FROM payment p JOIN receivable_account ra ON ra.contract_id = p.contract_id
          WHERE p.status = 'CONFIRMED' AND p.deleted_at IS NULL AND p.paid_on >= CAST(:first AS date) AND p.paid_on < CAST(:last AS date) + interval '1 month' AND ${scope.sql}
          GROUP BY 1)
       SELECT to_char(months.start, 'YYYY-MM') AS month,
              coalesce(planned.amount, 0)::numeric(18,2)::text AS planned,
              coalesce(collected.amount, 0)::numeric(18,2)::text AS collected
         FROM months LEFT JOIN planned USING (start) LEFT JOIN collected USING (start)
        ORDER BY months.start`,
      { ...scope.params, first, last },
    );
    return this.db.query(sql, params);
  }

  /**
   * Received (confirmed, net of reversals), pending, and outstanding on overdue instalments (due
   * before `today`), summed over the given contracts.
   */
  async contractsFigures(tx: EntityManager, contractIds: readonly string[], today: string): Promise<ContractsFiguresRow> {
    const [row] = await tx.query(
      `SELECT (SELECT coalesce(sum(p.amount) FILTER (WHERE p.status = 'CONFIRMED'), 0) FROM payment p WHERE p.contract_id = ANY($1::uuid[]) AND p.deleted_at IS NULL)::numeric(18,2)::text AS received,
              (SELECT coalesce(sum(p.amount) FILTER (WHERE p.status = 'PENDING'), 0) FROM payment p WHERE p.contract_id = ANY($1::uuid[]) AND p.deleted_at IS NULL)::numeric(18,2)::text AS pending,
              (SELECT coalesce(sum(greatest(i.amount - r.received, 0)), 0)
                 FROM receivable_instalment i
                 CROSS JOIN LATERAL (SELECT coalesce(sum(a.amount), 0) AS received FROM payment_allocation a WHERE a.instalment_id = i.id) r
                WHERE i.contract_id = ANY($1::uuid[]) AND i.deleted_at IS NULL AND i.due_date < $2::date)::numeric(18,2)::text AS overdue`,
      [contractIds, today],
    );
    return row;
  }
}
