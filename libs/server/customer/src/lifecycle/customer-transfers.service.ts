import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, Principal, RequestValidationError, writeAudit } from '@kehu/server-core';
import { ApprovalService } from '@kehu/server-approval';
import { OrgDirectory } from '@kehu/server-permissions';
import { RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerError, CustomerErrorCode } from '../customer.exception';
import { findVisibleCustomer } from '../scope/customer-scope';
import { CustomerEvent, CustomerStatus } from './customer-status';
import { CustomersService } from '../customers/customers.service';
import { withdrawLifecycleRequests } from './protection-review';
import { lockTransferable, moveBelongings, ownedProtectedCount, recordTransfers } from './lifecycle.repository';
import { CustomerDto, TransferCustomersDto, TransferResultDto } from '../customers/customer.dto';
import { Customer } from '../entities/customer.entity';
import { CustomerStore } from '../storage/customer-store';
import { isActiveUser, lockOwnerClaims } from '../customers/customers.repository';

/** The statuses that count towards `maxOwnedCustomers`. */
const PROTECTED: string[] = [CustomerStatus.Potential, CustomerStatus.Intent];

/**
 * Moving customers between people without losing anything (DOMAIN §2 last bullet): bulk
 * transfer to another owner, and merging a duplicate into the customer that stays.
 */
@Injectable()
export class CustomerTransfersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly customers: CustomersService,
    private readonly org: OrgDirectory,
    private readonly approvals: ApprovalService,
    private readonly rules: RulesService,
  ) {}

  async transfer(principal: Principal, dto: TransferCustomersDto): Promise<TransferResultDto> {
    if (!dto.customerIds?.length && !dto.fromOwnerId) {
      throw new RequestValidationError([{ field: 'customerIds', message: 'name the customers, or fromOwnerId for all of an owner', code: 'required' }]);
    }
    const target = (await this.org.people([dto.toOwnerId])).get(dto.toOwnerId);
    if (!target || !(await isActiveUser(this.db.manager, dto.toOwnerId))) {
      throw new CustomerError(CustomerErrorCode.TransferTargetInvalid, 'The new owner must be an active user', {
        errors: [{ field: 'toOwnerId', message: 'no such active user', code: 'exists' }],
      });
    }
    return this.db.transaction(async (tx) => {
      const rows = await lockTransferable(tx, principal, dto);
      if (dto.customerIds?.length && rows.length !== new Set(dto.customerIds).size) {
        const found = new Set(rows.map((r) => r.id));
        const missing = dto.customerIds.findIndex((id) => !found.has(id));
        throw new RequestValidationError([{ field: `customerIds[${missing}]`, message: 'no such customer in your scope', code: 'exists' }]);
      }
      // A pool customer has no owner to hand over: it is claimed (or signed), not transferred.
      const pooled = rows.find((r) => r.status === CustomerStatus.Pool);
      if (pooled) {
        throw new CustomerError(CustomerErrorCode.IllegalTransition, `Customer ${pooled.id} is in the public pool: claim it instead`, {
          action: 'transfer',
          currentStatus: CustomerStatus.Pool,
          currentStage: CustomerStatus.Pool,
        });
      }
      const moving = rows.filter((r) => r.ownerId !== target.id);
      if (!moving.length) return { transferred: 0 };
      await this.assertTargetMayTakeThem(tx, target, moving.filter((r) => PROTECTED.includes(r.status)).length);
      const ids = moving.map((r) => r.id);
      // Set-based: one UPDATE and one history INSERT however many customers move.
      await CustomerStore.transferOwners(tx, ids, target);
      await recordTransfers(tx, moving, { at: this.clock.now(), actorId: principal.userId, toOwnerId: target.id, reason: dto.reason ?? null });
      await writeAudit(tx, {
        action: 'TRANSFER',
        entityType: 'Customer',
        entityId: ids.length === 1 ? ids[0] : null,
        after: { customerIds: ids, toOwnerId: target.id, reason: dto.reason ?? null },
      });
      return { transferred: ids.length };
    });
  }

  /**
   * The new owner may hold at most `maxOwnedCustomers` protected customers (DOMAIN §3), transfers
   * included: 409 `owned-customer-limit` naming the limit otherwise. Under the owner's claim lock,
   * as an entry or claim of theirs, so the count stays exact.
   */
  private async assertTargetMayTakeThem(tx: EntityManager, target: { id: string; displayName: string }, incoming: number): Promise<void> {
    if (!incoming) return;
    await lockOwnerClaims(tx, target.id);
    const [owned, limit] = await Promise.all([ownedProtectedCount(tx, target.id), this.rules.get('maxOwnedCustomers', tx)]);
    if (owned + incoming > limit) {
      throw new CustomerError(
        CustomerErrorCode.OwnedCustomerLimit,
        `${target.displayName} owns ${owned} protected customers; ${incoming} more would exceed the limit of ${limit} (maxOwnedCustomers)`,
        { ownedProtected: owned, maxOwnedCustomers: limit },
      );
    }
  }

  /** Moves the duplicate's contacts, follow-ups, history and team to the survivor, then retires it. */
  async merge(principal: Principal, survivorId: string, duplicateId: string): Promise<CustomerDto> {
    if (survivorId === duplicateId) throw new CustomerError(CustomerErrorCode.MergeSelf);
    await this.db.transaction(async (tx) => {
      // Lock in id order so two opposite merges cannot deadlock.
      const locked = new Map<string, Customer>();
      for (const id of [survivorId, duplicateId].sort()) locked.set(id, await findVisibleCustomer(tx, principal, id, true));
      const survivor = locked.get(survivorId) as Customer;
      const duplicate = locked.get(duplicateId) as Customer;
      await moveBelongings(tx, duplicateId, survivorId);
      // Keep the survivor's contact times the latest of both.
      await CustomerStore.keepLatestTimes(tx, survivorId, duplicateId);
      await CustomerStore.update(tx, duplicate, { mergedIntoId: survivorId, deletedAt: this.clock.now() });
      await withdrawLifecycleRequests(this.approvals, tx, [duplicateId]);
      const reason = `${duplicate.name} (${duplicate.code}) → ${survivor.name} (${survivor.code})`;
      await this.customers.recordHistory(tx, survivorId, principal, { event: CustomerEvent.Merged, reason });
      await this.customers.recordHistory(tx, duplicateId, principal, { event: CustomerEvent.MergedInto, reason });
      await writeAudit(tx, { action: 'MERGE', entityType: 'Customer', entityId: survivorId, after: { survivorId, duplicateId } });
    });
    return this.customers.get(principal, survivorId);
  }
}
