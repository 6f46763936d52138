/**
 * How much of the department tree a role sees (DOMAIN "People and roles"). With several roles
 * a user gets the widest.
 */
export enum DataScope {
  Self = 'SELF',
  Department = 'DEPARTMENT',
  DepartmentAndChildren = 'DEPARTMENT_AND_CHILDREN',
  All = 'ALL',
}

export const DATA_SCOPE_RANK: Record<DataScope, number> = {
  [DataScope.Self]: 0,
  [DataScope.Department]: 1,
  [DataScope.DepartmentAndChildren]: 2,
  [DataScope.All]: 3,
};

export function widestScope(scopes: DataScope[]): DataScope {
  return scopes.reduce((widest, s) => (DATA_SCOPE_RANK[s] > DATA_SCOPE_RANK[widest] ? s : widest), DataScope.Self);
}

export function narrowestScope(scopes: DataScope[]): DataScope {
  return scopes.reduce((narrowest, s) => (DATA_SCOPE_RANK[s] < DATA_SCOPE_RANK[narrowest] ? s : narrowest), DataScope.All);
}
