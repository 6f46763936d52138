import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countUpTo, parseSort, Principal, SqlFragment, visibleTo } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import type { PaymentQueryDto } from './payments/payment.dto';
import { Payment } from './entities/payment.entity';
import { Allocation, InstalmentState, PaymentStatus } from './receivable-rules';

/** Lists stop counting here (toPage's `totalCapped`). */
export const PAYMENT_COUNT_CAP = 10_000;

const PAYMENT_SORTS = { createdAt: 'p.created_at', paidOn: 'p.paid_on', amount: 'p.amount' };

/** The data scope of receivables: the contract's owner and department, copied on the balance row. */
export function receivableVisibleTo(principal: Principal, alias = 'ra'): SqlFragment {
  return visibleTo(principal, { owner: `${alias}.owner_id`, department: `${alias}.department_id` });
}

export interface AccountValues {
  contractId: string;
  contractNumber: string;
  customerId: string;
  ownerId: string;
  departmentId: string | null;
}

export interface InstalmentRow {
  id: string;
  number: number;
  due_date: string;
  amount: string;
  note: string | null;
  version: number;
  received: string;
  outstanding: string;
  state: InstalmentState;
}

export interface ContractTotalsRow {
  /** Confirmed payments net of reversals. */
  received: string;
  pending: string;
}

/** The SQL of receivables. Amounts come back as numeric text, never as JS numbers. */
@Injectable()
export class ReceivableRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Creates the contract's balance row if it has none, refreshes the copied owner and department, and
   * holds it locked until the transaction ends (ON CONFLICT DO UPDATE locks the row it updates).
   */
  async upsertAccountLocked(tx: EntityManager, values: AccountValues, now: Date): Promise<void> {
    await tx.query(
      `INSERT INTO receivable_account AS ra (contract_id, contract_number, customer_id, owner_id, department_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (contract_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, department_id = EXCLUDED.department_id, updated_at = EXCLUDED.updated_at`,
      [values.contractId, values.contractNumber, values.customerId, values.ownerId, values.departmentId, now],
    );
  }

  /**
   * Locks the contract's balance row: every write that changes what is owed or received on one
   * contract takes this lock first, so their checks and writes run one after the other. False when
   * the contract has no plan yet.
   */
  async lockAccount(tx: EntityManager, contractId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT 1 FROM receivable_account WHERE contract_id = $1 FOR UPDATE`, [contractId]);
    return rows.length > 0;
  }

  /**
   * The contract's live instalments, oldest due first (the allocation order), each with what it
   * received (its confirmed allocations, net of reversals) and its state on `today` (YYYY-MM-DD).
   */
  instalments(tx: EntityManager, contractId: string, today: string): Promise<InstalmentRow[]> {
    return tx.query(
      `SELECT i.id, i.number, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.amount::text AS amount, i.note, i.version,
              coalesce(r.received, 0)::numeric(18,2)::text AS received,
              greatest(i.amount - coalesce(r.received, 0), 0)::numeric(18,2)::text AS outstanding,
              CASE WHEN coalesce(r.received, 0) >= i.amount THEN 'PAID'
                   WHEN i.due_date < $2::date THEN 'OVERDUE'
                   WHEN coalesce(r.received, 0) > 0 THEN 'PARTIAL'
                   ELSE 'UNPAID' END AS state
         FROM receivable_instalment i
         LEFT JOIN LATERAL (SELECT sum(a.amount) AS received FROM payment_allocation a WHERE a.instalment_id = i.id) r ON true
        WHERE i.contract_id = $1 AND i.deleted_at IS NULL
        ORDER BY i.due_date, i.number, i.id`,
      [contractId, today],
    );
  }

  /** Confirmed (net of reversals) and pending totals of the contract's payments. */
  async totals(tx: EntityManager, contractId: string): Promise<ContractTotalsRow> {
    const [row] = await tx.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE status = 'CONFIRMED'), 0)::numeric(18,2)::text AS received,
              coalesce(sum(amount) FILTER (WHERE status = 'PENDING'), 0)::numeric(18,2)::text AS pending
         FROM payment WHERE contract_id = $1 AND deleted_at IS NULL`,
      [contractId],
    );
    return row;
  }

  /** Pending amounts per instalment named by pending payments. */
  async pendingByInstalment(tx: EntityManager, contractId: string): Promise<Map<string, string>> {
    const rows: Array<{ instalment_id: string; pending: string }> = await tx.query(
      `SELECT instalment_id, sum(amount)::numeric(18,2)::text AS pending FROM payment
        WHERE contract_id = $1 AND status = 'PENDING' AND instalment_id IS NOT NULL AND deleted_at IS NULL GROUP BY instalment_id`,
      [contractId],
    );
    return new Map(rows.map((r) => [r.instalment_id, r.pending]));
  }

  async insertAllocations(tx: EntityManager, paymentId: string, allocations: readonly Allocation[]): Promise<void> {
    if (!allocations.length) return;
    await tx.query(
      `INSERT INTO payment_allocation (payment_id, instalment_id, amount)
       SELECT $1, x.instalment_id, x.amount FROM unnest($2::uuid[], $3::numeric[]) AS x(instalment_id, amount)`,
      [paymentId, allocations.map((a) => a.instalmentId), allocations.map((a) => a.amount)],
    );
  }

  /** Allocations of the given payments, by payment. */
  async allocationsOf(tx: EntityManager, paymentIds: readonly string[]): Promise<Map<string, Allocation[]>> {
    const out = new Map<string, Allocation[]>();
    if (!paymentIds.length) return out;
    const rows: Array<{ payment_id: string; instalment_id: string; amount: string }> = await tx.query(
      `SELECT a.payment_id, a.instalment_id, a.amount::text AS amount FROM payment_allocation a
         JOIN receivable_instalment i ON i.id = a.instalment_id
        WHERE a.payment_id = ANY($1::uuid[]) ORDER BY i.due_date, i.number`,
      [paymentIds],
    );
    for (const r of rows) {
      const list = out.get(r.payment_id) ?? [];
      list.push({ instalmentId: r.instalment_id, amount: r.amount });
      out.set(r.payment_id, list);
    }
    return out;
  }

  /** The reversal of each of the given payments that has one. */
  async reversalsOf(tx: EntityManager, paymentIds: readonly string[]): Promise<Map<string, string>> {
    if (!paymentIds.length) return new Map();
    const rows: Array<{ id: string; reverses_id: string }> = await tx.query(`SELECT id, reverses_id FROM payment WHERE reverses_id = ANY($1::uuid[])`, [paymentIds]);
    return new Map(rows.map((r) => [r.reverses_id, r.id]));
  }

  async contractNumbers(tx: EntityManager, contractIds: readonly string[]): Promise<Map<string, string>> {
    if (!contractIds.length) return new Map();
    const rows: Array<{ contract_id: string; contract_number: string }> = await tx.query(
      `SELECT contract_id, contract_number FROM receivable_account WHERE contract_id = ANY($1::uuid[])`,
      [[...new Set(contractIds)]],
    );
    return new Map(rows.map((r) => [r.contract_id, r.contract_number]));
  }

  /** A payment the caller may see (row-locked when `lock`), or null: outside the scope it does not exist. */
  findVisible(tx: EntityManager, principal: Principal, id: string, lock = false): Promise<Payment | null> {
    const scope = receivableVisibleTo(principal);
    const qb = tx
      .getRepository(Payment)
      .createQueryBuilder('p')
      .innerJoin('receivable_account', 'ra', 'ra.contract_id = p.contract_id')
      .where('p.id = :id AND p.deleted_at IS NULL', { id })
      .andWhere(scope.sql, scope.params);
    return (lock ? qb.setLock('pessimistic_write', undefined, ['p']) : qb).getOne();
  }

  /** A page of the payments the caller may see. */
  async page(principal: Principal, query: PaymentQueryDto): Promise<{ rows: Payment[]; total: number }> {
    const scope = receivableVisibleTo(principal);
    const qb = this.db
      .getRepository(Payment)
      .createQueryBuilder('p')
      .innerJoin('receivable_account', 'ra', 'ra.contract_id = p.contract_id')
      .where('p.deleted_at IS NULL')
      .andWhere(scope.sql, scope.params);
    if (query.contractId) qb.andWhere('p.contract_id = :contractId', { contractId: query.contractId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    // The confirmation queue reads oldest first; other lists newest first.
    const fallback = query.status === PaymentStatus.Pending ? 'createdAt' : '-createdAt';
    for (const s of parseSort(query.sort, PAYMENT_SORTS, fallback, 'p.id')) qb.addOrderBy(s.column, s.direction, s.nulls);
    const [rows, total] = await Promise.all([qb.clone().offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany(), countUpTo(qb, PAYMENT_COUNT_CAP)]);
    return { rows, total };
  }
}
