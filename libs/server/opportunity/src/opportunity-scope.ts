import { Principal, ScopedColumns, visibleTo, SqlFragment } from '@kehu/server-core';

/** Where an opportunity keeps what the data scope looks at (alias `o`): its owner, and its department (the queue's). */
export const opportunityColumns = (alias = 'o'): ScopedColumns => ({ owner: `${alias}.owner_id`, department: `${alias}.department_id` });

/** "Opportunity `alias` is visible to the caller": THE scope rule with the opportunity's columns. */
export function opportunityVisibleTo(principal: Principal, alias = 'o'): SqlFragment {
  return visibleTo(principal, opportunityColumns(alias));
}
