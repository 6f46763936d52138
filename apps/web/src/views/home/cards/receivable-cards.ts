import { listReceivableInstalments } from '../../../api/receivable';
import { registerHomeCards, type HomeCardContext, type HomeFigure } from './registry';

/**
 * Overdue instalments 逾期回款: the owner counts his own; finance (payment:confirm) counts all of its
 * scope. The count is the overdue list's own query (one row fetched) and the link opens that list
 * with the same filters.
 */
async function overdueCount(filters: { ownerId?: string }): Promise<HomeFigure> {
  const page = await listReceivableInstalments({ ...filters, state: 'OVERDUE', page: 1, pageSize: 1 });
  return { total: page.total, capped: page.totalCapped ?? false };
}
const finance = (ctx: HomeCardContext) => ctx.can('payment:confirm');

registerHomeCards(
  {
    id: 'myOverdueInstalments',
    order: 70,
    route: 'overdue-instalments',
    permission: 'receivable:write',
    when: (ctx) => !finance(ctx),
    count: (ctx) => overdueCount({ ownerId: ctx.me.id }),
    to: (ctx) => ({ name: 'overdue-instalments', query: { ownerId: ctx.me.id } }),
  },
  {
    id: 'overdueInstalments',
    order: 70,
    route: 'overdue-instalments',
    permission: 'payment:confirm',
    count: () => overdueCount({}),
    to: () => ({ name: 'overdue-instalments' }),
  },
);
