import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseSort, positional, Principal } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { InstalmentState } from '../receivable-rules';
import { receivableVisibleTo } from '../receivable.repository';
import type { InstalmentListQueryDto } from './instalment-list.dto';

/** The instalment list stops counting here (toPage's `totalCapped`). */
export const INSTALMENT_COUNT_CAP = 10_000;

/** Sorts of the instalment list, each walking an index (migration 1764003600000). */
const INSTALMENT_SORTS = { dueDate: 'i.due_date', amount: 'i.amount', contractNumber: 'ra.contract_number' };

/** What an instalment received, `r.received`: its confirmed allocations net of reversals (never stored). */
const RECEIVED_JOIN = `CROSS JOIN LATERAL (SELECT coalesce(sum(a.amount), 0) AS received FROM payment_allocation a WHERE a.instalment_id = i.id) r`;

/** The derived state in SQL, as InstalmentState documents it; `:today` is today in the business time zone. */
const STATE_CONDITIONS: Record<InstalmentState, string> = {
  [InstalmentState.Paid]: `r.received >= i.amount`,
  [InstalmentState.Overdue]: `i.due_date < CAST(:today AS date) AND r.received < i.amount`,
  [InstalmentState.Partial]: `i.due_date >= CAST(:today AS date) AND r.received > 0 AND r.received < i.amount`,
  [InstalmentState.Unpaid]: `i.due_date >= CAST(:today AS date) AND r.received = 0`,
};

export interface InstalmentListRow {
  id: string;
  contract_id: string;
  contract_number: string;
  customer_id: string;
  customer_name: string | null;
  owner_id: string;
  owner_name: string | null;
  number: number;
  due_date: string;
  amount: string;
  received: string;
  outstanding: string;
  state: InstalmentState;
  days_overdue: number;
}

export interface OverdueInstalmentRow {
  id: string;
  number: number;
  due_date: string;
  contract_id: string;
  contract_number: string;
  outstanding: string;
}

/** The SQL of the instalment (overdue) list and of the overdue warnings. */
@Injectable()
export class OverdueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of the instalments of contracts in the caller's data scope, with the list's filters. */
  async page(principal: Principal, query: InstalmentListQueryDto, today: string): Promise<{ rows: InstalmentListRow[]; total: number }> {
    const scope = receivableVisibleTo(principal);
    const where = ['i.deleted_at IS NULL', scope.sql];
    const params: Record<string, unknown> = { ...scope.params, today };
    const filter = (value: string | undefined, condition: string, name: string) => {
      if (!value) return;
      where.push(condition);
      params[name] = value;
    };
    if (query.state) where.push(STATE_CONDITIONS[query.state]);
    filter(query.customerId, 'ra.customer_id = :customerId', 'customerId');
    filter(query.ownerId, 'ra.owner_id = :ownerId', 'ownerId');
    filter(query.contractId, 'i.contract_id = :contractId', 'contractId');
    filter(query.dueFrom, 'i.due_date >= CAST(:dueFrom AS date)', 'dueFrom');
    filter(query.dueTo, 'i.due_date <= CAST(:dueTo AS date)', 'dueTo');
    if (query.q) {
      // A contract number's prefix (ix_receivable_account_number), as the contract list searches numbers.
      where.push('ra.contract_number LIKE :numberPrefix');
      params.numberPrefix = `${query.q.toUpperCase().replace(/[%_\\]/g, '\\$&')}%`;
    }
    const from = `FROM receivable_instalment i JOIN receivable_account ra ON ra.contract_id = i.contract_id ${RECEIVED_JOIN} WHERE ${where.join(' AND ')}`;
    const order = parseSort(query.sort, INSTALMENT_SORTS, 'dueDate', 'i.id')
      .map((s) => `${s.column} ${s.direction} ${s.nulls}`)
      .join(', ');
    const [pageSql, pageParams] = positional(
      this.db,
      `SELECT p.id, p.contract_id, p.contract_number, p.customer_id, p.owner_id, p.number, to_char(p.due_date, 'YYYY-MM-DD') AS due_date,
              p.amount::text AS amount, p.received::numeric(18,2)::text AS received,
              greatest(p.amount - p.received, 0)::numeric(18,2)::text AS outstanding,
              CASE WHEN p.received >= p.amount THEN 'PAID' WHEN p.due_date < CAST(:today AS date) THEN 'OVERDUE'
                   WHEN p.received > 0 THEN 'PARTIAL' ELSE 'UNPAID' END AS state,
              CASE WHEN p.received < p.amount AND p.due_date < CAST(:today AS date) THEN CAST(:today AS date) - p.due_date ELSE 0 END AS days_overdue,
              (SELECT c.name FROM customer_profile c WHERE c.id = p.customer_id) AS customer_name,
              (SELECT u.display_name FROM app_user u WHERE u.id = p.owner_id) AS owner_name
         FROM (SELECT i.id, i.contract_id, ra.contract_number, ra.customer_id, ra.owner_id, i.number, i.due_date, i.amount, r.received
                 ${from} ORDER BY ${order} LIMIT :limit OFFSET :offset) p
        ORDER BY ${order.replace(/\b(i|ra)\./g, 'p.')}`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const [countSql, countParams] = positional(this.db, `SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${INSTALMENT_COUNT_CAP + 1}) capped`, params);
    const [rows, [{ n }]] = await Promise.all([this.db.query(pageSql, pageParams), this.db.query(countSql, countParams)]);
    return { rows, total: n };
  }

  /**
   * Instalments due before `today` (YYYY-MM-DD) and not fully paid: those of the owner's contracts,
   * or every contract's when `everyone` (finance). Oldest first, at most 200.
   */
  overdueInstalments(ownerId: string, everyone: boolean, today: string): Promise<OverdueInstalmentRow[]> {
    return this.db.query(
      `SELECT i.id, i.number, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, ra.contract_id, ra.contract_number,
              (i.amount - coalesce(r.received, 0))::numeric(18,2)::text AS outstanding
         FROM receivable_instalment i
         JOIN receivable_account ra ON ra.contract_id = i.contract_id
         LEFT JOIN LATERAL (SELECT sum(a.amount) AS received FROM payment_allocation a WHERE a.instalment_id = i.id) r ON true
        WHERE i.deleted_at IS NULL AND i.due_date < $3::date AND coalesce(r.received, 0) < i.amount AND ($2 OR ra.owner_id = $1)
        ORDER BY i.due_date, i.id LIMIT 200`,
      [ownerId, everyone, today],
    );
  }
}
