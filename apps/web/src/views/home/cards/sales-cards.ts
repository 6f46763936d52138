import { listOpportunities } from '../../../api/sales';
import type { OpportunityQuery } from '../../../api/types';
import { registerHomeCards, type HomeFigure } from './registry';

/** How many opportunities the list shows for these filters (the list's own query, one row fetched). */
async function opportunityCount(filters: OpportunityQuery): Promise<HomeFigure> {
  const page = await listOpportunities({ ...filters, page: 1, pageSize: 1 });
  return { total: page.total, capped: page.totalCapped ?? false };
}

registerHomeCards(
  {
    id: 'myOpenOpportunities',
    order: 60,
    route: 'opportunities',
    permission: 'opportunity:write',
    count: () => opportunityCount({ mine: 'true', status: 'ASSIGNED' }),
    to: () => ({ name: 'opportunities', query: { mine: 'true', status: 'ASSIGNED' } }),
  },
  {
    id: 'unassignedOpportunities',
    order: 65,
    route: 'opportunity-queue',
    permission: 'opportunity:assign',
    count: () => opportunityCount({ status: 'UNASSIGNED' }),
    to: () => ({ name: 'opportunity-queue' }),
  },
);
