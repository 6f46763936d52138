import type { ApprovalStatus, ApprovalStepStatus } from '../../../../api/types';
import { t, te } from '../../../../i18n';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** Tag colour of a request status. */
export const APPROVAL_STATUS_TAG: Record<ApprovalStatus, TagType> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
  CANCELLED: 'info',
};

/** Timeline colour of a step status. */
export const STEP_STATUS_TYPE: Record<ApprovalStepStatus, TagType> = {
  WAITING: 'info',
  PENDING: 'primary',
  APPROVED: 'success',
  REJECTED: 'danger',
  SKIPPED: 'info',
};

/**
 * The kind of an approval request (its subject type, e.g. `contract.order-review`) in the UI
 * language; `fallback` when the app has no text for it (default: the code itself). Message keys
 * cannot contain dots: `contract.order-review` is `approval.subjectTypes.contract_order-review`.
 */
export function approvalSubjectLabel(subjectType: string, fallback: string = subjectType): string {
  const key = `approval.subjectTypes.${subjectType.replace(/\./g, '_')}`;
  return te(key) ? t(key) : fallback;
}
