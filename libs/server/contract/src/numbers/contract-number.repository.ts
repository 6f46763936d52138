import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedSortColumn, parseSort, positional, Principal, visibleTo } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ContractNumberStatus } from './contract-number-rules';

export interface ContractNumberRow {
  id: string;
  number: string;
  period: string;
  seq: number;
  status: ContractNumberStatus;
  owner_id: string;
  owner_name: string | null;
  department_id: string | null;
  reserved_at: Date | null;
  expires_at: Date | null;
  used_at: Date | null;
  voided_at: Date | null;
  void_reason: string | null;
  created_at: Date;
}

const COLUMNS = `n.id, n.number, n.period, n.seq, n.status, n.owner_id, u.display_name AS owner_name, n.department_id,
  n.reserved_at, n.expires_at, n.used_at, n.voided_at, n.void_reason, n.created_at`;
const FROM = `FROM contract_number n LEFT JOIN app_user u ON u.id = n.owner_id`;

/** The numbers list counts this far (toPage's `totalCapped`), as the contract list does. */
export const NUMBER_COUNT_CAP = 10_000;

/** Number order is month, then sequence ((period, seq) is unique), the order of the list indexes. */
const BY_NUMBER: IndexedSortColumn = { column: 'n.period', indexOrder: 'DESC', thenBy: [{ column: 'n.seq', indexOrder: 'DESC' }] };
const SORTS = { number: BY_NUMBER, expiresAt: 'n.expires_at', createdAt: 'n.created_at' };

/** `?sort=` as an ORDER BY (unknown fields are refused naming `sort`). */
function orderBy(sort: string | undefined, fallback: string): string {
  return parseSort(sort, SORTS, fallback, 'n.id')
    .map((s) => `${s.column} ${s.direction} ${s.nulls}`)
    .join(', ');
}

/** The SQL of contract numbers (the only file of the lib with SQL text). */
@Injectable()
export class ContractNumberRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The next sequence of `period`, taken under the counter row's lock: concurrent issuers queue on
   * it until this transaction ends, so sequences are consecutive, and a rollback returns the number.
   */
  async nextSeq(tx: EntityManager, period: string): Promise<number> {
    const [row] = await tx.query(
      `INSERT INTO contract_number_counter (period, last_seq) VALUES ($1, 1)
       ON CONFLICT (period) DO UPDATE SET last_seq = contract_number_counter.last_seq + 1
       RETURNING last_seq`,
      [period],
    );
    return Number(row.last_seq);
  }

  async insert(
    tx: EntityManager,
    values: { number: string; period: string; seq: number; status: ContractNumberStatus; ownerId: string; departmentId: string | null; now: Date; expiresAt: Date | null },
  ): Promise<ContractNumberRow> {
    const [{ id }] = await tx.query(
      `INSERT INTO contract_number (number, period, seq, status, owner_id, department_id, created_by, created_at, updated_at, reserved_at, expires_at, used_at)
       VALUES ($1, $2, $3, $4, $5, $6, $5, $7, $7, CASE WHEN $4 = 'RESERVED' THEN $7::timestamptz END, $8, CASE WHEN $4 = 'USED' THEN $7::timestamptz END)
       RETURNING id`,
      [values.number, values.period, values.seq, values.status, values.ownerId, values.departmentId, values.now, values.expiresAt],
    );
    return this.getById(id, tx);
  }

  /** A row this transaction has just written (it must exist). */
  async getById(id: string, tx: EntityManager): Promise<ContractNumberRow> {
    const row = await this.findById(id, tx);
    if (!row) throw new Error(`contract_number ${id} vanished inside its own transaction`);
    return row;
  }

  async findById(id: string, tx: EntityManager = this.db.manager): Promise<ContractNumberRow | undefined> {
    const [row] = await tx.query(`SELECT ${COLUMNS} ${FROM} WHERE n.id = $1`, [id]);
    return row;
  }

  /** The issued number `number`, locked for the caller's change, or undefined. */
  async findForUpdate(tx: EntityManager, number: string): Promise<ContractNumberRow | undefined> {
    const [row] = await tx.query(`SELECT ${COLUMNS} ${FROM} WHERE n.number = $1 FOR UPDATE OF n`, [number]);
    return row;
  }

  async markUsed(tx: EntityManager, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE contract_number SET status = 'USED', used_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`, [id, now]);
  }

  async markVoid(tx: EntityManager, id: string, now: Date, reason: string): Promise<void> {
    await tx.query(
      `UPDATE contract_number SET status = 'VOID', voided_at = $2, void_reason = $3, updated_at = $2, version = version + 1 WHERE id = $1`,
      [id, now, reason],
    );
  }

  /** Reservations whose time is up at `now`, oldest first, locked; those another run holds are left to it. */
  dueReservations(tx: EntityManager, now: Date): Promise<ContractNumberRow[]> {
    return tx.query(
      `SELECT ${COLUMNS} ${FROM} WHERE n.status = 'RESERVED' AND n.expires_at <= $1 ORDER BY n.expires_at, n.id FOR UPDATE OF n SKIP LOCKED`,
      [now],
    );
  }

  /** Numbers issued to owners the caller's scope covers (own; a manager their departments'), highest first ((period, seq) is unique). */
  async pageVisible(principal: Principal, filter: { status?: ContractNumberStatus }, page: { limit: number; offset: number; sort?: string }): Promise<{ rows: ContractNumberRow[]; total: number }> {
    const scope = visibleTo(principal, { owner: 'n.owner_id', department: 'n.department_id' });
    const where = [`n.deleted_at IS NULL`, scope.sql, ...(filter.status ? ['n.status = :status'] : [])].join(' AND ');
    const params = { ...scope.params, ...(filter.status ? { status: filter.status } : {}) };
    const [rowsSql, rowsParams] = positional(this.db, `SELECT ${COLUMNS} ${FROM} WHERE ${where} ORDER BY ${orderBy(page.sort, '-number')} LIMIT :limit OFFSET :offset`, {
      ...params,
      limit: page.limit,
      offset: page.offset,
    });
    // Counted up to the cap, + 1 to tell that there are more (toPage's `totalCapped`): an exact count of a year's numbers read them all (100 ms at 1M).
    const [countSql, countParams] = positional(this.db, `SELECT count(*)::int AS total FROM (SELECT 1 FROM contract_number n WHERE ${where} LIMIT :cap) capped`, {
      ...params,
      cap: NUMBER_COUNT_CAP + 1,
    });
    const [items, [{ total }]] = await Promise.all([this.db.query(rowsSql, rowsParams), this.db.query(countSql, countParams)]);
    return { rows: items, total };
  }

  /** Every voided number, in number order within each month, for auditors looking at gaps. */
  async pageVoids(filter: { period?: string }, page: { limit: number; offset: number; sort?: string }): Promise<{ rows: ContractNumberRow[]; total: number }> {
    const where = `n.status = 'VOID'${filter.period ? ' AND n.period = $1' : ''}`;
    const filterParams = filter.period ? [filter.period] : [];
    const next = filterParams.length + 1;
    const [items, [{ total }]] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} ${FROM} WHERE ${where} ORDER BY ${orderBy(page.sort, 'number')} LIMIT $${next} OFFSET $${next + 1}`, [...filterParams, page.limit, page.offset]),
      this.db.query(`SELECT count(*)::int AS total FROM contract_number n WHERE ${where}`, filterParams),
    ]);
    return { rows: items, total };
  }
}
