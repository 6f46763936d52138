import type { ApprovalStatus, ApprovalStepStatus } from '../../../../api/types';

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
