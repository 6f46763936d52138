import { http, unwrap } from '../../../api/http';
import { emptyFilters, routeQueryOf, toCustomerQuery, type CustomerFilters } from '../../customer/customer-query';
import { registerHomeCards, seesBeyondSelf, type HomeCard, type HomeFigure } from './registry';

/** The number of customers the list shows for these filters (the list's own query, one row fetched). */
async function customerCount(filters: Partial<CustomerFilters>): Promise<HomeFigure> {
  const query = toCustomerQuery({ ...emptyFilters(), ...filters }, { page: 1, pageSize: 1 });
  const page = unwrap(await http.GET('/api/v1/customers', { params: { query } }));
  return { total: page.total, capped: page.totalCapped ?? false };
}

function customerCard(id: string, order: number, filters: Partial<CustomerFilters>, when?: HomeCard['when']): HomeCard {
  return {
    id,
    order,
    route: 'customers',
    permission: 'customer:read',
    when,
    count: () => customerCount(filters),
    to: () => ({ name: 'customers', query: routeQueryOf(filters) }),
  };
}

registerHomeCards(
  customerCard('myCustomers', 20, { mine: true }),
  customerCard('myFollowUpsDue', 30, { mine: true, hasOverdueReminder: true }),
  customerCard('teamCustomers', 40, {}, seesBeyondSelf),
  customerCard('teamFollowUpsDue', 50, { hasOverdueReminder: true }, seesBeyondSelf),
);
