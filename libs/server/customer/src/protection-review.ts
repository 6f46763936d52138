import { ApprovalSubjectType, ApprovalSubmission } from '@kehu/server-approval';
import type { EntityManager } from 'typeorm';
import type { Customer } from './entities/customer.entity';

/** The reviewer's check of a customer just entered or claimed (DOMAIN §3), as an approval request. */
export function protectionReviewRequest(customer: Pick<Customer, 'id' | 'name' | 'code'>): ApprovalSubmission {
  return { subjectType: ApprovalSubjectType.CustomerProtection, subjectId: customer.id, subjectTitle: customer.name, payload: { code: customer.code } };
}

/** Protected customers (POTENTIAL or INTENT) a user owns, for the `maxOwnedCustomers` limit. */
export async function ownedProtectedCount(manager: EntityManager, userId: string): Promise<number> {
  const [{ n }] = await manager.query(
    `SELECT count(*)::int AS n FROM customer WHERE owner_id = $1 AND deleted_at IS NULL AND status IN ('POTENTIAL','INTENT')`,
    [userId],
  );
  return n;
}
