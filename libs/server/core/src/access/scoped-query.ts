import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from './principal';

/** Where a resource keeps what the data scope looks at. */
export interface ScopedColumns {
  /** Column holding the owning user, e.g. `c.owner_id`. */
  owner: string;
  /** Column holding the owning department, e.g. `c.department_id`. */
  department: string;
  /**
   * Team membership (DOMAIN §1 项目团队): a table of (record, user) pairs whose members see the
   * record whatever their scope.
   */
  team?: { table: string; recordColumn: string; userColumn: string; recordId: string };
}

/** A condition with its named parameters (`:name`, TypeORM style). */
export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

/** One part of the data scope, as a condition with its named parameters. */
export interface ScopeBranch extends SqlFragment {
  /** The branch of the caller's own records: every row it answers has the caller as owner. */
  byOwner?: boolean;
}

/**
 * The parameters every scope fragment uses. Their names are fixed: one query has one caller, so two
 * fragments in one statement share them instead of renumbering anything.
 */
const scopeParams = (principal: Principal) => ({ scope_user: principal.userId, scope_depts: principal.scopeDepartmentIds ?? [] });

/** The three ways a record is visible (DOMAIN §1), each written once. */
function parts(columns: ScopedColumns) {
  const team = columns.team;
  return {
    mine: `${columns.owner} = :scope_user`,
    inMyDepartments: `${columns.department} = ANY(CAST(:scope_depts AS uuid[]))`,
    // `= ANY(ARRAY(subquery))` runs the subquery once (an InitPlan), so each branch of an OR stays
    // index-backed (BitmapOr); EXISTS here would be checked row by row along a scan of every record.
    onMyTeam: team
      ? `${team.recordId} = ANY(ARRAY(SELECT scope_team.${team.recordColumn} FROM ${team.table} scope_team WHERE scope_team.${team.userColumn} = :scope_user))`
      : null,
  };
}

/**
 * THE data-scope rule, used by every list, get, count, report and export query of every module: a
 * row is visible when the caller owns it, when its department is inside the caller's scope, or when
 * the caller is on its team. Outside scope a record simply does not exist (404, absent from lists and
 * counts). `{ team: false }` leaves team seats out: the caller's own scope, which is what writing
 * needs when a team seat is read-only.
 */
export function visibleTo(principal: Principal, columns: ScopedColumns, options: { team?: boolean } = {}): SqlFragment {
  if (principal.scopeDepartmentIds === null) return { sql: 'true', params: {} };
  const p = parts(columns);
  const conditions = [p.mine];
  if (principal.scopeDepartmentIds.length) conditions.push(p.inMyDepartments);
  if (p.onMyTeam && options.team !== false) conditions.push(p.onMyTeam);
  return { sql: `(${conditions.join(' OR ')})`, params: scopeParams(principal) };
}

/** visibleTo as a query-builder step. */
export function whereVisibleTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, principal: Principal, columns: ScopedColumns): SelectQueryBuilder<T> {
  const { sql, params } = visibleTo(principal, columns);
  return principal.scopeDepartmentIds === null ? qb : qb.andWhere(sql, params);
}

/**
 * visibleTo split into disjoint conditions (mine; another owner's in my departments; a team I am on),
 * whose union is exactly what visibleTo lets through; null when nothing is restricted. A sorted page
 * can then be read as one ordered index scan per branch (SELF: `owner_id = me` walks (owner_id,
 * created_at) and stops after a page) instead of filtering an OR row by row along every record.
 */
export function visibleBranches(principal: Principal, columns: ScopedColumns): ScopeBranch[] | null {
  if (principal.scopeDepartmentIds === null) return null;
  const p = parts(columns);
  const params = scopeParams(principal);
  const notMine = `${columns.owner} IS DISTINCT FROM :scope_user`;
  const depts = principal.scopeDepartmentIds.length > 0;
  const branches: ScopeBranch[] = [{ sql: p.mine, params, byOwner: true }];
  if (depts) branches.push({ sql: `${p.inMyDepartments} AND ${notMine}`, params });
  if (p.onMyTeam) {
    const outsideDepts = depts ? ` AND (${columns.department} IS NULL OR NOT ${p.inMyDepartments})` : '';
    branches.push({ sql: `${p.onMyTeam} AND ${notMine}${outsideDepts}`, params });
  }
  return branches;
}
