import type { ContractNumberStatus, ContractRevision, ContractStatus } from '../../api/types';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const NUMBER_STATUS_TAG: Record<ContractNumberStatus, TagType> = {
  RESERVED: 'warning',
  USED: 'success',
  VOID: 'info',
};

export const CONTRACT_STATUS_TAG: Record<ContractStatus, TagType> = {
  DRAFT: 'info',
  PENDING_APPROVAL: 'warning',
  APPROVED: 'primary',
  ACTIVE: 'success',
  COMPLETED: 'info',
  TERMINATED: 'danger',
};

export const REVISION_STATUS_TAG: Record<ContractRevision['status'], TagType> = {
  DRAFT: 'info',
  PENDING_APPROVAL: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
};

/** The statuses in lifecycle order, for filters. */
export const CONTRACT_STATUSES: ContractStatus[] = ['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ACTIVE', 'COMPLETED', 'TERMINATED'];

/** Whole days until a reservation lapses (0 on its last day), or null without an expiry. */
export function reservationDaysLeft(expiresAt: string | null | undefined, now: Date = new Date()): number | null {
  if (!expiresAt) return null;
  const ms = new Date(expiresAt).getTime() - now.getTime();
  if (Number.isNaN(ms)) return null;
  return Math.max(0, Math.floor(ms / 86_400_000));
}
