import { ApprovalService, ApprovalSubjectType, ApprovalSubmission } from '@kehu/server-approval';
import type { EntityManager } from 'typeorm';
import type { Customer } from '../entities/customer.entity';

/** The reviewer's check of a customer just entered or claimed (DOMAIN §3), as an approval request. */
export function protectionReviewRequest(customer: Pick<Customer, 'id' | 'name' | 'code'>): ApprovalSubmission {
  return { subjectType: ApprovalSubjectType.CustomerProtection, subjectId: customer.id, subjectTitle: customer.name, payload: { code: customer.code } };
}

/** Approval subject types whose decision changes a customer's lifecycle. */
export const LIFECYCLE_SUBJECT_TYPES: string[] = [
  ApprovalSubjectType.CustomerProtection,
  ApprovalSubjectType.CustomerIntent,
  ApprovalSubjectType.CustomerExtension,
];

/**
 * Withdraws the pending protection / intent / extension requests of customers that changed hands
 * or stage, or were deleted or merged away: nothing is left for an approver to decide. `keep`: the
 * request types that still apply (a protection review still pending after a won opportunity).
 */
export async function withdrawLifecycleRequests(
  approvals: ApprovalService,
  manager: EntityManager,
  customerIds: string[],
  except: string | null = null,
  keep: readonly string[] = [],
): Promise<number> {
  let withdrawn = 0;
  for (const subjectType of LIFECYCLE_SUBJECT_TYPES.filter((type) => !keep.includes(type))) {
    for (const customerId of customerIds) {
      const open = await approvals.pendingFor(manager, subjectType, customerId);
      if (open && open.id !== except) {
        await approvals.cancel(manager, open.id, null);
        withdrawn++;
      }
    }
  }
  return withdrawn;
}
