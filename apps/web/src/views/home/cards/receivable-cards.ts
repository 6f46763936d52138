import { listPayments, listReceivableInstalments } from '../../../api/receivable';
import { registerHomeCards, type HomeCardContext, type HomeFigure } from './registry';

/**
 * Finance's queue of payments to confirm, and overdue instalments 逾期回款: the owner counts his own; finance (payment:confirm) counts all of its
 * scope. The count is the overdue list's own query (one row fetched) and the link opens that list
 * with the same filters.
 */
async function overdueCount(filters: { ownerId?: string }): Promise<HomeFigure> {
  const page = await listReceivableInstalments({ ...filters, state: 'OVERDUE', page: 1, pageSize: 1 });
  return { total: page.total, capped: page.totalCapped ?? false };
}
const finance = (ctx: HomeCardContext) => ctx.can('payment:confirm');

/** Payments waiting for finance 待确认回款: the confirmation queue's own query (one row fetched). */
async function pendingPaymentCount(): Promise<HomeFigure> {
  const page = await listPayments({ status: 'PENDING', page: 1, pageSize: 1 });
  return { total: page.total, capped: page.totalCapped ?? false };
}

registerHomeCards(
  {
    id: 'paymentsToConfirm',
    order: 65,
    route: 'payment-confirmations',
    permission: 'payment:confirm',
    count: pendingPaymentCount,
    to: () => ({ name: 'payment-confirmations' }),
  },
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
