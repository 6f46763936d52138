import type { CustomerQuery, CustomerStage, CustomerStatus } from '../../api/types';

/** The filters of the customer list as the search form holds them. */
export interface CustomerFilters {
  q: string;
  status?: CustomerStatus;
  stage?: CustomerStage;
  ownerId?: string;
  departmentId?: string;
  categoryId?: string;
  level?: string;
  grade?: string;
  industry?: string;
  region?: string;
  source?: string;
  /** ['YYYY-MM-DD', 'YYYY-MM-DD'], both days included */
  created?: [string, string] | null;
  lastContact?: [string, string] | null;
  hasOverdueReminder: boolean;
  mine: boolean;
}

export const emptyFilters = (): CustomerFilters => ({
  q: '',
  status: undefined,
  stage: undefined,
  ownerId: undefined,
  departmentId: undefined,
  categoryId: undefined,
  level: undefined,
  grade: undefined,
  industry: undefined,
  region: undefined,
  source: undefined,
  created: null,
  lastContact: null,
  hasOverdueReminder: false,
  mine: false,
});

/** Local midnight of a 'YYYY-MM-DD' day, `plusDays` later, as an ISO instant. */
export function dayStart(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The API query for the filters: empty ones dropped, day ranges as [from, to) instants (to exclusive). */
export function toCustomerQuery(f: CustomerFilters, paging: { page?: number; pageSize?: number; sort?: string } = {}): CustomerQuery {
  const query: CustomerQuery = { ...paging };
  const q = f.q.trim();
  if (q) query.q = q;
  for (const key of ['status', 'stage', 'ownerId', 'departmentId', 'categoryId', 'level', 'grade', 'industry', 'region', 'source'] as const) {
    const value = f[key];
    if (value) (query as Record<string, unknown>)[key] = value;
  }
  if (f.created?.[0]) query.createdFrom = dayStart(f.created[0]);
  if (f.created?.[1]) query.createdTo = dayStart(f.created[1], 1);
  if (f.lastContact?.[0]) query.lastContactFrom = dayStart(f.lastContact[0]);
  if (f.lastContact?.[1]) query.lastContactTo = dayStart(f.lastContact[1], 1);
  if (f.hasOverdueReminder) query.hasOverdueReminder = true;
  if (f.mine) query.mine = true;
  if (!query.sort) delete query.sort;
  return query;
}
