import type { RouteLocationRaw } from 'vue-router';
import type { Approval, Reminder } from '../api/types';

/** Where a reminder leads, or null when the app has no page for its subject. */
export function reminderTarget(r: Pick<Reminder, 'subjectType' | 'subjectId'>): RouteLocationRaw | null {
  if (r.subjectType === 'customer') return { name: 'customer-detail', params: { id: r.subjectId } };
  if (r.subjectType === 'churn-alert') return { name: 'churn-alerts', query: { id: r.subjectId } };
  if (r.subjectType === 'contract') return { name: 'contract-detail', params: { id: r.subjectId } };
  if (r.subjectType === 'contract-number') return { name: 'contract-numbers' };
  if (r.subjectType === 'opportunity') return { name: 'opportunity-detail', params: { id: r.subjectId } };
  return null;
}

/**
 * The page of an approval's subject: every `customer.*` request (protection, intent, extension,
 * terms change) is about the customer its subjectId names. Domains add their subject types here.
 */
export function approvalSubjectTarget(a: Pick<Approval, 'subjectType' | 'subjectId'>): RouteLocationRaw | null {
  if (a.subjectType.startsWith('customer.')) return { name: 'customer-detail', params: { id: a.subjectId } };
  // The contract's approval, each amendment's and its order review 订单评审 are all about the contract.
  if (a.subjectType === 'contract' || a.subjectType.startsWith('contract.')) return { name: 'contract-detail', params: { id: a.subjectId } };
  if (a.subjectType === 'quote.discount') return { name: 'quote', params: { id: a.subjectId } };
  return null;
}

/**
 * The contract wizard started from what a contract is made of (签订合同): an accepted quote (its
 * customer and lines copied), an opportunity (its customer), a customer, or a number I reserved.
 */
export function newContractTarget(from: { quoteId?: string; opportunityId?: string; customerId?: string; number?: string }): RouteLocationRaw {
  const query = Object.fromEntries(Object.entries(from).filter(([, v]) => !!v)) as Record<string, string>;
  return { name: 'contract-create', query };
}
