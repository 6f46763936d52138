import type { Approval } from '../../api/types';
import { t } from '../../i18n';
import { formatMoney } from '../../utils/format';

/** What a contract request's payload carries (contract approval, amendment, order review). */
interface ContractApprovalPayload {
  revision?: number;
  total?: string;
  discountBelowThreshold?: boolean;
  /** The lowest line price as a percentage of its list price, when the server sends it. */
  lowestPercentOfList?: string;
}

/**
 * The facts an approver decides a contract request on, from its payload: the amount, whether a
 * discount is below the approval line (or the lowest percentage of list price), and which amendment
 * it is. Empty for requests of other kinds.
 */
export function contractApprovalFacts(approval: Pick<Approval, 'subjectType' | 'payload'>): string[] {
  if (approval.subjectType !== 'contract' && !approval.subjectType.startsWith('contract.')) return [];
  const payload = (approval.payload ?? {}) as ContractApprovalPayload;
  const facts: string[] = [];
  if (payload.total !== undefined) facts.push(t('contract.approvalAmount', { amount: formatMoney(payload.total) }));
  if (payload.lowestPercentOfList !== undefined) facts.push(t('contract.approvalDiscount', { percent: payload.lowestPercentOfList }));
  else if (payload.discountBelowThreshold) facts.push(t('contract.approvalDiscountBelow'));
  if (payload.revision !== undefined && payload.revision > 1) facts.push(t('contract.approvalRevision', { n: payload.revision }));
  return facts;
}
