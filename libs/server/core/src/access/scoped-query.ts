import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Principal } from './principal';

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

/**
 * THE data-scope rule, used by every list, get, count, report and export query: a row is
 * visible when the caller owns it, when its department is inside the caller's scope, or when
 * the caller is on its team. Outside scope a record simply does not exist (404, absent from lists).
 */
export function applyDataScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  principal: Principal,
  columns: ScopedColumns,
): SelectQueryBuilder<T> {
  if (principal.scopeDepartmentIds === null) return qb;
  const p = `ds_${qb.expressionMap.parameters ? Object.keys(qb.expressionMap.parameters).length : 0}`;
  return qb.andWhere(
    new Brackets((where) => {
      where.where(`${columns.owner} = :${p}_user`, { [`${p}_user`]: principal.userId });
      if (principal.scopeDepartmentIds && principal.scopeDepartmentIds.length) {
        where.orWhere(`${columns.department} IN (:...${p}_depts)`, { [`${p}_depts`]: principal.scopeDepartmentIds });
      }
      if (columns.team) {
        const t = columns.team;
        // `= ANY(ARRAY(subquery))` runs the subquery once (an InitPlan), so each branch of the OR
        // stays index-backed (BitmapOr); EXISTS here would force a scan of every row.
        where.orWhere(`${t.recordId} = ANY(ARRAY(SELECT ds_team.${t.recordColumn} FROM ${t.table} ds_team WHERE ds_team.${t.userColumn} = :${p}_user))`);
      }
    }),
  );
}

/** One part of the data scope, as a condition with its named parameters. */
export interface ScopeBranch {
  where: string;
  params: Record<string, unknown>;
  /** The branch of the caller's own records: every row it answers has the caller as owner. */
  byOwner?: boolean;
}

/**
 * The rule of applyDataScope split into disjoint conditions (mine; another owner's in my departments;
 * a team I am on), whose union is exactly what applyDataScope lets through; null when nothing is
 * restricted. A sorted page can then be read as one ordered index scan per branch (e.g. SELF:
 * `owner_id = me` walks (owner_id, created_at) and stops after a page) instead of filtering an OR
 * row by row along a scan of every record.
 */
export function dataScopeBranches(principal: Principal, columns: ScopedColumns): ScopeBranch[] | null {
  if (principal.scopeDepartmentIds === null) return null;
  const params: Record<string, unknown> = { dsb_user: principal.userId, dsb_depts: principal.scopeDepartmentIds };
  const notMine = `${columns.owner} IS DISTINCT FROM :dsb_user`;
  const depts = principal.scopeDepartmentIds.length > 0;
  const branches: ScopeBranch[] = [{ where: `${columns.owner} = :dsb_user`, params, byOwner: true }];
  if (depts) branches.push({ where: `${columns.department} IN (:...dsb_depts) AND ${notMine}`, params });
  if (columns.team) {
    const t = columns.team;
    const outsideDepts = depts ? ` AND (${columns.department} IS NULL OR ${columns.department} NOT IN (:...dsb_depts))` : '';
    branches.push({
      where: `${t.recordId} = ANY(ARRAY(SELECT dsb_team.${t.recordColumn} FROM ${t.table} dsb_team WHERE dsb_team.${t.userColumn} = :dsb_user)) AND ${notMine}${outsideDepts}`,
      params,
    });
  }
  return branches;
}

/** The same rule for one already-loaded row (used before writes). */
export function isInDataScope(principal: Principal, row: { ownerId: string | null; departmentId: string | null }, onTeam = false): boolean {
  if (principal.scopeDepartmentIds === null) return true;
  if (row.ownerId === principal.userId || onTeam) return true;
  return row.departmentId !== null && principal.scopeDepartmentIds.includes(row.departmentId);
}
