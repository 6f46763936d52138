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

/** The same rule for one already-loaded row (used before writes). */
export function isInDataScope(principal: Principal, row: { ownerId: string | null; departmentId: string | null }, onTeam = false): boolean {
  if (principal.scopeDepartmentIds === null) return true;
  if (row.ownerId === principal.userId || onTeam) return true;
  return row.departmentId !== null && principal.scopeDepartmentIds.includes(row.departmentId);
}
