import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countUpTo, IndexedSortColumn, parseSort, Principal, SqlFragment, visibleTo } from '@kehu/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { ContractStatus, RevisionStatus } from './contract-rules';
import type { ContractAttachmentRow, ContractQueryDto } from './dto/contract.dto';
import { Contract } from './entities/contract.entity';
import { ContractLine } from './entities/contract-line.entity';
import { ContractRevision } from './entities/contract-revision.entity';

/** Lists stop counting here (toPage's `totalCapped`): an exact count of a million rows is a full scan. */
export const CONTRACT_COUNT_CAP = 10_000;

// Never-null keys as their indexes declare them (ix_contract_created/_owner/_department `created_at DESC`,
// ix_contract_total, ux_contract_number), so a page reads 20 index entries instead of sorting the list.
const SORTS: Record<string, string | IndexedSortColumn> = {
  createdAt: { column: 'c.created_at', indexOrder: 'DESC' },
  total: { column: 'c.total', indexOrder: 'ASC' },
  number: { column: 'c.number', indexOrder: 'ASC' },
  signingDate: 'c.signing_date',
  endDate: 'c.end_date',
};

const SELECT_ATTACHMENT = `
  SELECT a.id, a.contract_id, a.file_id, a.kind, a.note, f.name, f.size, f.content_type, f.sha256, a.created_by, u.display_name AS uploaded_by_name, a.created_at
  FROM contract_attachment a
  JOIN stored_file f ON f.id = a.file_id
  LEFT JOIN app_user u ON u.id = a.created_by`;

export interface EndingContractRow {
  id: string;
  number: string;
  title: string;
  end_date: string;
}

export interface ExpiringNumberRow {
  id: string;
  number: string;
  expires_at: Date;
}

/**
 * The text `?q=` finds anywhere in a contract (pg_trgm, three characters or more): its title and the
 * buyer's name as written on it. The same expression as the index ix_contract_search_trgm (migration
 * 1764003900000), so the planner can use it.
 */
const searchText = (alias: string) => `(${alias}.title || ' ' || ${alias}.buyer_name)`;

/**
 * What `?q=` matches on the contract `c`: the number by its start, either case
 * (ix_contract_number_prefix); the title or the buyer's name containing it, from three characters
 * (trigrams need three; shorter, it would read every row); the contract's customer when the customer
 * search finds it (`customerIds`, a subquery from the customer facade, gathered once).
 *
 * Two shapes, by the caller's scope. A rep's own contracts are few: they are read by the owner index
 * and each is tested against the alternatives. A manager's or finance's scope is large: each
 * alternative is then its own index scan and their ids are united — OR-ed on the whole scope, the
 * planner walks the list index testing every row and, when nothing matches, reads every contract
 * (0.5 s at 100k, measured).
 */
export function contractSearchCondition(q: string, customerIds: SqlFragment | null, ownScopeOnly: boolean): SqlFragment {
  const text = q.trim();
  const escaped = text.replace(/[%_\\]/g, '\\$&');
  const kinds = (alias: string) => [
    `upper(${alias}.number) LIKE :searchNumberPrefix`,
    ...([...text].length >= 3 ? [`${searchText(alias)} ILIKE :searchText`] : []),
    ...(customerIds ? [`${alias}.customer_id = ANY(ARRAY(${customerIds.sql}))`] : []),
  ];
  const params = { ...(customerIds?.params ?? {}), searchNumberPrefix: `${escaped.toUpperCase()}%`, searchText: `%${escaped}%` };
  if (ownScopeOnly) return { sql: `(${kinds('c').join(' OR ')})`, params };
  const ids = kinds('s').map((kind) => `SELECT s.id FROM contract s WHERE ${kind} AND s.deleted_at IS NULL`);
  return { sql: `c.id IN (${ids.join(' UNION ')})`, params };
}

/**
 * How the audit log names contracts, their revisions and attachments (by the contract's number and
 * title) and numbers (by themselves) instead of ids: one statement per entity type, `$1` the ids as text.
 */
export function auditNameStatements(): Array<{ entityType: string; sql: string }> {
  const ofContract = (table: string) =>
    `SELECT x.id::text AS id, c.number || ' ' || c.title AS name FROM ${table} x JOIN contract c ON c.id = x.contract_id WHERE x.id::text = ANY($1::text[])`;
  return [
    { entityType: 'Contract', sql: `SELECT id::text AS id, number || ' ' || title AS name FROM contract WHERE id::text = ANY($1::text[])` },
    { entityType: 'ContractRevision', sql: ofContract('contract_revision') },
    { entityType: 'ContractAttachment', sql: ofContract('contract_attachment') },
    { entityType: 'ContractNumber', sql: `SELECT id::text AS id, number AS name FROM contract_number WHERE id::text = ANY($1::text[])` },
  ];
}

/** Whether the caller sees only their own contracts (SELF scope; contracts have no team seats). */
function ownScopeOnly(principal: Principal): boolean {
  return principal.scopeDepartmentIds !== null && principal.scopeDepartmentIds.length === 0;
}

/** The data scope of contracts: the owner's (DOMAIN §1); finance and executives have the ALL scope. */
export function contractVisibleTo(principal: Principal, alias = 'c'): SqlFragment {
  return visibleTo(principal, { owner: `${alias}.owner_id`, department: `${alias}.department_id` });
}

/** The SQL of contracts (numbers keep theirs in numbers/contract-number.repository.ts). */
@Injectable()
export class ContractRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Holds the contract row against other writers of it (FOR NO KEY UPDATE: rows that merely reference
   * the contract, a payment or an attachment, are still inserted meanwhile).
   */
  async holdRow(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`SELECT 1 FROM contract WHERE id = $1 FOR NO KEY UPDATE`, [id]);
  }

  /** A live contract the caller may see (row-locked when `lock`), or null: outside the scope it does not exist. */
  findVisible(tx: EntityManager, principal: Principal, id: string, lock = false): Promise<Contract | null> {
    const scope = contractVisibleTo(principal);
    const qb = tx.getRepository(Contract).createQueryBuilder('c').where('c.id = :id AND c.deleted_at IS NULL', { id }).andWhere(scope.sql, scope.params);
    return (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  }

  /** The live contracts of a customer that the caller may see, in the given states (receivables' customer summary). */
  visibleOfCustomer(tx: EntityManager, principal: Principal, customerId: string, statuses: readonly ContractStatus[]): Promise<Contract[]> {
    const scope = contractVisibleTo(principal);
    return tx
      .getRepository(Contract)
      .createQueryBuilder('c')
      .where('c.customer_id = :customerId AND c.status IN (:...statuses) AND c.deleted_at IS NULL', { customerId, statuses })
      .andWhere(scope.sql, scope.params)
      .orderBy('c.id')
      .getMany();
  }

  /**
   * A page of the contracts the caller may see, with the filters of the list. `customerIds` is the
   * customer facade's subquery of the customers `q` finds (by name, code, phone…).
   */
  async page(principal: Principal, query: ContractQueryDto, customerIds: SqlFragment | null = null): Promise<{ rows: Contract[]; total: number }> {
    const scope = contractVisibleTo(principal);
    const qb = this.db.getRepository(Contract).createQueryBuilder('c').where('c.deleted_at IS NULL').andWhere(scope.sql, scope.params);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.customerId) qb.andWhere('c.customer_id = :customerId', { customerId: query.customerId });
    if (query.ownerId) qb.andWhere('c.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.opportunityId) qb.andWhere('c.opportunity_id = :opportunityId', { opportunityId: query.opportunityId });
    if (query.amountMin) qb.andWhere('c.total >= CAST(:amountMin AS numeric)', { amountMin: query.amountMin });
    if (query.amountMax) qb.andWhere('c.total <= CAST(:amountMax AS numeric)', { amountMax: query.amountMax });
    if (query.signedFrom) qb.andWhere('c.signing_date >= CAST(:signedFrom AS date)', { signedFrom: query.signedFrom });
    if (query.signedTo) qb.andWhere('c.signing_date <= CAST(:signedTo AS date)', { signedTo: query.signedTo });
    if (query.endingBy) qb.andWhere('c.end_date <= CAST(:endingBy AS date)', { endingBy: query.endingBy });
    if (query.q) {
      const search = contractSearchCondition(query.q, customerIds, ownScopeOnly(principal));
      qb.andWhere(search.sql, search.params);
    }
    for (const s of parseSort(query.sort, SORTS, '-createdAt', 'c.id')) qb.addOrderBy(s.column, s.direction, s.nulls);
    const [rows, total] = await Promise.all([qb.clone().offset((query.page - 1) * query.pageSize).limit(query.pageSize).getMany(), countUpTo(qb, CONTRACT_COUNT_CAP)]);
    return { rows, total };
  }

  /** Display names of users, by id. */
  async userNames(ids: Array<string | null>, tx: EntityManager = this.db.manager): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const rows: Array<{ id: string; display_name: string }> = await tx.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [wanted]);
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  revisions(tx: EntityManager, contractId: string): Promise<ContractRevision[]> {
    return tx.find(ContractRevision, { where: { contractId }, order: { revision: 'ASC' } });
  }

  revision(tx: EntityManager, contractId: string, revision: number, lock = false): Promise<ContractRevision | null> {
    return tx.findOne(ContractRevision, { where: { contractId, revision }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The lines of the given revisions. */
  lines(tx: EntityManager, revisionIds: string[]): Promise<ContractLine[]> {
    if (!revisionIds.length) return Promise.resolve([]);
    return tx.find(ContractLine, { where: { revisionId: In(revisionIds) }, order: { lineNo: 'ASC' } });
  }

  /** The revision number of an amendment awaiting approval, if any. */
  async pendingRevision(tx: EntityManager, contractId: string): Promise<number | null> {
    const row = await tx.findOne(ContractRevision, { where: { contractId, status: RevisionStatus.PendingApproval }, select: { revision: true } });
    return row?.revision ?? null;
  }

  async nextRevision(tx: EntityManager, contractId: string): Promise<number> {
    const [{ next }] = await tx.query(`SELECT coalesce(max(revision), 0) + 1 AS next FROM contract_revision WHERE contract_id = $1`, [contractId]);
    return Number(next);
  }

  // ── Attachments ────────────────────────────────────────────────────────────────────────

  attachments(contractId: string, tx: EntityManager = this.db.manager): Promise<ContractAttachmentRow[]> {
    return tx.query(`${SELECT_ATTACHMENT} WHERE a.contract_id = $1 AND a.deleted_at IS NULL ORDER BY a.created_at DESC, a.id DESC`, [contractId]);
  }

  /** Whether the file is one of the contract's live attachments. */
  async hasAttachedFile(tx: EntityManager, contractId: string, fileId: string): Promise<boolean> {
    const rows = await tx.query(`SELECT 1 FROM contract_attachment WHERE contract_id = $1 AND file_id = $2 AND deleted_at IS NULL LIMIT 1`, [contractId, fileId]);
    return rows.length > 0;
  }

  async attachment(contractId: string, id: string, tx: EntityManager = this.db.manager, lock = false): Promise<ContractAttachmentRow | undefined> {
    const [row] = await tx.query(`${SELECT_ATTACHMENT} WHERE a.id = $1 AND a.contract_id = $2 AND a.deleted_at IS NULL${lock ? ' FOR UPDATE OF a' : ''}`, [id, contractId]);
    return row;
  }

  async insertAttachment(tx: EntityManager, values: { contractId: string; fileId: string; kind: string; note: string | null; createdBy: string; now: Date }): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO contract_attachment (contract_id, file_id, kind, note, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [values.contractId, values.fileId, values.kind, values.note, values.createdBy, values.now],
    );
    return row.id;
  }

  async softDeleteAttachment(tx: EntityManager, id: string, now: Date): Promise<void> {
    await tx.query(`UPDATE contract_attachment SET deleted_at = $2, updated_at = $2, version = version + 1 WHERE id = $1`, [id, now]);
  }

  async hasSignedScan(tx: EntityManager, contractId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT EXISTS (SELECT 1 FROM contract_attachment WHERE contract_id = $1 AND kind = 'SIGNED_SCAN' AND deleted_at IS NULL) AS found`, [contractId]);
    return !!row.found;
  }

  // ── Reminders ──────────────────────────────────────────────────────────────────────────

  /** The owner's active contracts ending on or before `until` (YYYY-MM-DD), soonest first. */
  endingContracts(ownerId: string, until: string): Promise<EndingContractRow[]> {
    return this.db.query(
      `SELECT c.id, c.number, c.title, to_char(c.end_date, 'YYYY-MM-DD') AS end_date FROM contract c
        WHERE c.owner_id = $1 AND c.status = '${ContractStatus.Active}' AND c.deleted_at IS NULL AND c.end_date <= $2::date
        ORDER BY c.end_date, c.id LIMIT 200`,
      [ownerId, until],
    );
  }

  /** The holder's live reservations lapsing by `until`, soonest first. */
  expiringReservations(ownerId: string, until: Date): Promise<ExpiringNumberRow[]> {
    return this.db.query(
      `SELECT n.id, n.number, n.expires_at FROM contract_number n
        WHERE n.owner_id = $1 AND n.status = 'RESERVED' AND n.expires_at <= $2 ORDER BY n.expires_at, n.id LIMIT 200`,
      [ownerId, until],
    );
  }
}
