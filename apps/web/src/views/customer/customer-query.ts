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
  /** 我参与的: on the customer's team. */
  team: boolean;
  /** 下属负责的: owned by someone my data scope covers. */
  subordinates: boolean;
  /** Only these customers (导出选中). */
  ids?: string[];
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
  team: false,
  subordinates: false,
  ids: undefined,
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
  if (f.team) query.team = true;
  if (f.subordinates) query.subordinates = true;
  if (f.ids?.length) query.ids = f.ids;
  if (!query.sort) delete query.sort;
  return query;
}

/**
 * The route query parameters the customer list opens with (links from the home page, the bell,
 * saved views): `/customers?mine=1&hasOverdueReminder=1&status=PROTECTED&stage=INTENT&ownerId=…&q=…`.
 * Each one is the filter of the same name; flags are `1`, day ranges `createdFrom`/`createdTo` and
 * `lastContactFrom`/`lastContactTo` as YYYY-MM-DD (both days included). A value the list does not
 * know is ignored rather than guessed.
 */
export const ROUTE_FILTER_KEYS = ['q', 'status', 'stage', 'ownerId', 'departmentId', 'categoryId', 'level', 'grade', 'industry', 'region', 'source'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function single(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function filtersFromRoute(query: Record<string, unknown>): Partial<CustomerFilters> {
  const filters: Partial<CustomerFilters> = {};
  for (const key of ROUTE_FILTER_KEYS) {
    const value = single(query[key]);
    if (value) (filters as Record<string, unknown>)[key] = value;
  }
  const range = (from: string, to: string): [string, string] | undefined => {
    const a = single(query[from]);
    const b = single(query[to]);
    return a && b && DAY.test(a) && DAY.test(b) ? [a, b] : undefined;
  };
  const created = range('createdFrom', 'createdTo');
  if (created) filters.created = created;
  const lastContact = range('lastContactFrom', 'lastContactTo');
  if (lastContact) filters.lastContact = lastContact;
  if (single(query.mine) === '1') filters.mine = true;
  if (single(query.hasOverdueReminder) === '1') filters.hasOverdueReminder = true;
  return filters;
}

/** The route query of some filters: the inverse of `filtersFromRoute`. */
export function routeQueryOf(filters: Partial<CustomerFilters>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ROUTE_FILTER_KEYS) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  if (filters.created) [query.createdFrom, query.createdTo] = filters.created;
  if (filters.lastContact) [query.lastContactFrom, query.lastContactTo] = filters.lastContact;
  if (filters.mine) query.mine = '1';
  if (filters.hasOverdueReminder) query.hasOverdueReminder = '1';
  return query;
}
