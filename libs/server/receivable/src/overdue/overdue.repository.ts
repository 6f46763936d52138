import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseSort, positional, Principal } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { InstalmentState } from '../receivable-rules';
import { receivableVisibleTo } from '../receivable.repository';
import type { InstalmentListQueryDto } from './instalment-list.dto';

/** The instalment list stops counting here (toPage's `totalCapped`). */
export const INSTALMENT_COUNT_CAP = 10_000;

/** Sorts of the instalment list, each walking an index (migration 1764003600000). */
const INSTALMENT_SORTS = { dueDate: 'i.due_date', amount: 'i.amount', contractNumber: 'ra.contract_number' };

/** What an instalment received, `r.received`: its confirmed allocations net of reversals (never stored). */
const RECEIVED_JOIN = `CROSS JOIN LATERAL (SELECT coalesce(sum(a.amount), 0) AS received FROM payment_allocation a WHERE a.instalment_id = i.id) r`;

/**
 * Overdue as the warnings, the list and aging read it: marked by the overdue job (or by the last write
 * on the contract), and — checked against the ledger and the date — still past due and not fully paid,
 * so a mark a concurrent payment made stale never shows. `:today` is today in the business time zone.
 */
const MARKED_OVERDUE = `i.overdue_since IS NOT NULL AND i.due_date < CAST(:today AS date) AND r.received < i.amount`;

/** The list's states: PAID from the ledger; OVERDUE as marked; PARTIAL and UNPAID the rest. */
const STATE_CONDITIONS: Record<InstalmentState, string> = {
  [InstalmentState.Paid]: `r.received >= i.amount`,
  [InstalmentState.Overdue]: MARKED_OVERDUE,
  [InstalmentState.Partial]: `r.received > 0 AND r.received < i.amount AND NOT (${MARKED_OVERDUE})`,
  [InstalmentState.Unpaid]: `r.received = 0 AND NOT (${MARKED_OVERDUE})`,
};

/** An instalment's received amount, for set-based statements over `i`. */
const RECEIVED_OF_I = `(SELECT coalesce(sum(a.amount), 0) FROM payment_allocation a WHERE a.instalment_id = i.id)`;

/**
 * Marks the instalments past their due date (before `today`, business time zone) and not fully paid,
 * and clears the mark of those paid meanwhile or re-planned to a later date; of one contract, or of
 * all (the job). Set-based; answers how many were marked and cleared. A mark keeps its first time.
 */
export async function refreshOverdueMarks(tx: EntityManager, today: string, now: Date, contractId?: string): Promise<{ marked: number; cleared: number }> {
  const ofContract = contractId ? 'AND i.contract_id = $3' : '';
  const markParams = contractId ? [today, now, contractId] : [today, now];
  const [, marked] = await tx.query(
    `UPDATE receivable_instalment i SET overdue_since = $2
      WHERE i.overdue_since IS NULL AND i.deleted_at IS NULL AND i.due_date < $1::date ${ofContract} AND ${RECEIVED_OF_I} < i.amount`,
    markParams,
  );
  // The job also clears soft-deleted rows' marks; a contract's writes touch only its live rows (the
  // readers skip deleted ones anyway).
  const clearContract = contractId ? 'AND i.contract_id = $2 AND i.deleted_at IS NULL' : '';
  const [, cleared] = await tx.query(
    `UPDATE receivable_instalment i SET overdue_since = NULL
      WHERE i.overdue_since IS NOT NULL ${clearContract}
        AND (i.deleted_at IS NOT NULL OR i.due_date >= $1::date OR ${RECEIVED_OF_I} >= i.amount)`,
    contractId ? [today, contractId] : [today],
  );
  return { marked: marked as number, cleared: cleared as number };
}

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
              CASE WHEN p.received >= p.amount THEN 'PAID' WHEN p.overdue THEN 'OVERDUE' WHEN p.received > 0 THEN 'PARTIAL' ELSE 'UNPAID' END AS state,
              CASE WHEN p.overdue THEN CAST(:today AS date) - p.due_date ELSE 0 END AS days_overdue,
              (SELECT c.name FROM customer_profile c WHERE c.id = p.customer_id) AS customer_name,
              (SELECT u.display_name FROM app_user u WHERE u.id = p.owner_id) AS owner_name
         FROM (SELECT i.id, i.contract_id, ra.contract_number, ra.customer_id, ra.owner_id, i.number, i.due_date, i.amount, r.received, (${MARKED_OVERDUE}) AS overdue
                 ${from} ORDER BY ${order} LIMIT :limit OFFSET :offset) p
        ORDER BY ${order.replace(/\b(i|ra)\./g, 'p.')}`,
      { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const [countSql, countParams] = positional(this.db, `SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${INSTALMENT_COUNT_CAP + 1}) capped`, params);
    const [rows, [{ n }]] = await Promise.all([this.db.query(pageSql, pageParams), this.db.query(countSql, countParams)]);
    return { rows, total: n };
  }

  /**
   * The instalments marked overdue (MARKED_OVERDUE): those of the owner's contracts, or every
   * contract's when `everyone` (finance). Oldest first, at most 200.
   */
  overdueInstalments(ownerId: string, everyone: boolean, today: string): Promise<OverdueInstalmentRow[]> {
    const [sql, params] = positional(
      this.db,
      `SELECT i.id, i.number, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, ra.contract_id, ra.contract_number,
              (i.amount - r.received)::numeric(18,2)::text AS outstanding
         FROM receivable_instalment i
         JOIN receivable_account ra ON ra.contract_id = i.contract_id
         ${RECEIVED_JOIN}
        WHERE i.deleted_at IS NULL AND ${MARKED_OVERDUE} AND (CAST(:everyone AS boolean) OR ra.owner_id = :ownerId)
        ORDER BY i.due_date, i.id LIMIT 200`,
      { ownerId, everyone, today },
    );
    return this.db.query(sql, params);
  }

  /** The job's pass over every instalment, in its own transaction. */
  refreshAll(today: string, now: Date): Promise<{ marked: number; cleared: number }> {
    return this.db.transaction((tx) => refreshOverdueMarks(tx, today, now));
  }
}
