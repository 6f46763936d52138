import { Injectable } from '@nestjs/common';
import { ApprovalService, ApprovalSubjectType } from '@kehu/server-approval';
import { Clock, notFound } from '@kehu/server-core';
import { OrgDirectory } from '@kehu/server-permissions';
import { RulesService } from '@kehu/server-settings';
import { EntityManager, In } from 'typeorm';
import { LifecycleAction, LifecycleRules, LifecycleState, transition, Transition, TransitionContext } from './customer-lifecycle';
import { withdrawLifecycleRequests } from './protection-review';
import { lockCustomer } from './lifecycle.repository';
import { CustomerStatus, ReviewState } from './customer-status';
import { CustomersService } from '../customers/customers.service';
import { ChurnAlert, ChurnAlertStatus } from '../entities/churn-alert.entity';
import { Customer } from '../entities/customer.entity';
import { CustomerStore } from '../storage/customer-store';

export interface ApplyOptions extends Omit<TransitionContext, 'now' | 'rules' | 'actorId'> {
  actorId: string | null;
  /** Why, as written to the history (a reason, the reviewer's comment…). */
  reason?: string | null;
  approvalId?: string | null;
  /** Other columns that change with the transition (e.g. the department of a new owner). */
  also?: Partial<Customer>;
}

/** A contract was signed (DOMAIN §3, §6, §10): what the contract domain tells the customer domain. */
export interface SignedContract {
  signedAt: Date;
  /** Becomes the owner when the customer has none (from the pool or lost). */
  signedBy: string;
  afterSalesOwnerId?: string | null;
  contractId?: string | null;
}

/**
 * Applies lifecycle transitions (customer-lifecycle.ts) to stored customers: saves the new state,
 * writes the ownership history, withdraws approval requests the customer no longer qualifies for.
 * Every caller holds the customer's row lock in its transaction.
 */
@Injectable()
export class CustomerLifecycleService {
  constructor(
    private readonly clock: Clock,
    private readonly rulesService: RulesService,
    private readonly customers: CustomersService,
    private readonly approvals: ApprovalService,
    private readonly org: OrgDirectory,
  ) {}

  /** The rules a transition reads, as they are now (one query; a changed rule applies at once). */
  rules(manager: EntityManager): Promise<LifecycleRules> {
    return this.rulesService.getMany(['potentialDays', 'intentDays', 'maxExtensions', 'extensionMaxDays', 'reclaimCooldownDays', 'claimNeedsReview'] as const, manager);
  }

  /** Loads and row-locks a customer by id, whoever may see it (callers decide who may act). */
  async lock(manager: EntityManager, id: string): Promise<Customer> {
    const customer = await lockCustomer(manager, id);
    if (!customer) throw notFound('Customer', id);
    return customer;
  }

  async apply(manager: EntityManager, customer: Customer, action: LifecycleAction, options: ApplyOptions): Promise<Transition> {
    const { actorId, reason, approvalId, also, ...context } = options;
    const result = transition(lifecycleStateOf(customer), action, { ...context, reason, actorId, now: this.clock.now(), rules: await this.rules(manager) });
    await CustomerStore.update(manager, customer, { ...result.next, ...(also ?? {}) });
    await this.customers.recordHistory(manager, customer.id, actorId ? { userId: actorId } : null, {
      event: result.event,
      fromOwnerId: result.from.ownerId,
      toOwnerId: result.next.ownerId,
      fromStatus: result.from.status,
      toStatus: result.next.status,
      reason: reason ?? null,
      approvalId: approvalId ?? null,
    });
    if (result.from.status !== result.next.status || result.from.ownerId !== result.next.ownerId) {
      // Requests about its protection lapse (a pending intent of a customer now in the pool has nothing left to approve);
      // a review the new state still awaits (won during the review: INTENT·PENDING) is kept for the reviewer.
      const keep = result.next.reviewState === ReviewState.Pending ? [ApprovalSubjectType.CustomerProtection] : [];
      await withdrawLifecycleRequests(this.approvals, manager, [customer.id], approvalId ?? null, keep);
    }
    return result;
  }

  /**
   * A contract was signed: the customer becomes (or stays) FORMAL, leaves any protection clock,
   * its last deal moves, open churn alerts are resolved (DOMAIN §3, §10). Called by the contract
   * domain inside its transaction.
   */
  async markFormal(manager: EntityManager, customerId: string, contract: SignedContract, actorId: string | null): Promise<Customer> {
    const customer = await this.lock(manager, customerId);
    const newOwner = customer.ownerId ? null : (await this.org.people([contract.signedBy], manager)).get(contract.signedBy);
    const lastDealAt = customer.lastDealAt && customer.lastDealAt > contract.signedAt ? customer.lastDealAt : contract.signedAt;
    await this.apply(manager, customer, LifecycleAction.Sign, {
      actorId,
      signedBy: contract.signedBy,
      afterSalesOwnerId: contract.afterSalesOwnerId,
      reason: contract.contractId ? `contract ${contract.contractId}` : null,
      also: { lastDealAt, ...(newOwner ? { departmentId: newOwner.departmentId } : {}) },
    });
    await manager.update(
      ChurnAlert,
      { customerId, status: In([ChurnAlertStatus.Open, ChurnAlertStatus.Deferred]) },
      { status: ChurnAlertStatus.Resolved, closedAt: this.clock.now(), closedBy: actorId },
    );
    return customer;
  }
}

export function lifecycleStateOf(c: Customer): LifecycleState {
  return {
    status: c.status as CustomerStatus,
    reviewState: c.reviewState,
    ownerId: c.ownerId,
    protectionUntil: c.protectionUntil,
    extensionsUsed: c.extensionsUsed,
    extensionPending: c.extensionPending,
    intentPending: c.intentPending,
    rejectionReason: c.rejectionReason,
    poolEnteredAt: c.poolEnteredAt,
    poolReason: c.poolReason,
    previousOwnerId: c.previousOwnerId,
    abandonedById: c.abandonedById,
    abandonedAt: c.abandonedAt,
    afterSalesOwnerId: c.afterSalesOwnerId,
    formalSince: c.formalSince,
  };
}
