import { http, unwrap } from '../../../api/http';
import { registerHomeCards } from './registry';

// Only people who may decide get the card: a rep, who cannot approve, is not shown a 0 to wonder about.
registerHomeCards({
  id: 'pendingApprovals',
  order: 10,
  route: 'approvals',
  permission: 'approval:decide',
  count: async () => ({ total: unwrap(await http.GET('/api/v1/approvals/pending-count')).count }),
  to: () => ({ name: 'approvals', query: { tab: 'pending' } }),
});
