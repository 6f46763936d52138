import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, Principal, SqlFragment } from '@kehu/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { LifecycleAction } from './lifecycle/customer-lifecycle';
import { CustomerLifecycleService, SignedContract } from './lifecycle/customer-lifecycle.service';
import { CustomersService } from './customers/customers.service';
import { DuplicateCheckService } from './search/duplicate-check.service';
import { customerIdsMatching, customerVisibleCondition, visibleSummaryRows } from './customers/customers.repository';
import { CustomerStatus } from './lifecycle/customer-status';

/** What another domain may know of a customer. */
export interface CustomerSummary {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  status: CustomerStatus;
  ownerId: string | null;
  departmentId: string | null;
}

/** A company another domain met before it was a customer (an opportunity's prospect), as the customer form needs it. */
export interface NewCustomer {
  name: string;
  phone: string;
  address: string;
  /** Dictionary `industry`. */
  industry: string;
  description: string;
  /** Default: the caller (another owner needs customer:transfer, as on the customer form). */
  ownerId?: string;
}

/** An existing customer a prospect resembles: a warning for the user, not a refusal. */
export interface DuplicateWarning {
  /** Null when the match is outside the caller's scope (only name, owner and status are told). */
  id: string | null;
  name: string;
  status: string;
  ownerName: string | null;
  matchedOn: string[];
}

/**
 * What other domains (contracts, opportunities, receivables, service, complaints, reports) may call
 * of the customer domain — the rest is private to it. Their tables reference `customer_profile(id)`
 * (a customer's row that never moves; `customer` is a view, which a foreign key cannot name), and
 * they read customers through here, never the customer tables.
 */
@Injectable()
export class CustomerFacade {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: CustomerLifecycleService,
    private readonly customers: CustomersService,
    private readonly duplicates: DuplicateCheckService,
  ) {}

  /** The customers a prospect's company name or phone resembles (the duplicate check's candidates), for a warning. */
  async duplicateWarnings(principal: Principal, prospect: { name: string; phone?: string | null }): Promise<DuplicateWarning[]> {
    const queries = [prospect.name, ...(prospect.phone ? [prospect.phone] : [])];
    const seen = new Set<string>();
    const out: DuplicateWarning[] = [];
    for (const q of queries) {
      for (const c of await this.duplicates.find(principal, q)) {
        const key = `${c.id ?? ''}|${c.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ id: c.id, name: c.name, status: c.status, ownerName: c.ownerName, matchedOn: c.matchedOn });
      }
    }
    return out;
  }

  /**
   * Creates a customer owned by the caller through the customer form's own path — duplicate refusal,
   * owned-customer limit, code, protection review — inside the caller's transaction.
   */
  async createCustomer(manager: EntityManager, principal: Principal, customer: NewCustomer): Promise<string> {
    return this.customers.insert(manager, principal, { ...customer });
  }

  /**
   * An opportunity with the customer was won (DOMAIN §4): a POTENTIAL customer becomes INTENT through
   * the lifecycle (history written; a pending protection review stays pending for the reviewer, a
   * pending intent request is withdrawn as settled); INTENT and FORMAL stay as they are;
   * any other stage is refused with the lifecycle's 409. In the caller's transaction; answers the status.
   */
  async ensureAtLeastIntent(manager: EntityManager, customerId: string, actorId: string, reason: string): Promise<CustomerStatus> {
    const customer = await this.lifecycle.lock(manager, customerId);
    if (customer.status === CustomerStatus.Intent || customer.status === CustomerStatus.Formal) return customer.status;
    const result = await this.lifecycle.apply(manager, customer, LifecycleAction.WinOpportunity, { actorId, reason });
    return result.next.status;
  }

  /**
   * A contract was signed (DOMAIN §6): the customer becomes — or stays — FORMAL, leaves any protection
   * clock, its last deal date moves and open churn alerts are resolved. In the caller's transaction.
   */
  async markFormal(manager: EntityManager, customerId: string, contract: SignedContract, actorId: string | null): Promise<void> {
    await this.lifecycle.markFormal(manager, customerId, contract, actorId);
  }

  /** Another deal with a customer already FORMAL (an order, a renewal): the same transition, recorded as such. */
  recordDeal(manager: EntityManager, customerId: string, contract: SignedContract, actorId: string | null): Promise<void> {
    return this.markFormal(manager, customerId, contract, actorId);
  }

  /** The live customers among `ids` that the caller may see, by id (absent: missing or out of scope — the same to the caller). */
  async visibleSummaries(principal: Principal, ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, CustomerSummary>> {
    const rows = await visibleSummaryRows(manager, this.db, principal, ids);
    return new Map(
      rows.map((r) => [
        r.id,
        { id: r.id, code: r.code, name: r.name, shortName: r.short_name, status: r.status as CustomerStatus, ownerId: r.owner_id, departmentId: r.department_id },
      ]),
    );
  }

  /** The customer if the caller may see it, else 404 exactly like a missing one (the check before writing a record about it). */
  async assertVisible(principal: Principal, id: string, manager: EntityManager = this.db.manager): Promise<CustomerSummary> {
    const found = (await this.visibleSummaries(principal, [id], manager)).get(id);
    if (!found) throw notFound('Customer', id);
    return found;
  }

  /**
   * "The customer `<alias>.<column>` names is visible to the caller", for another domain's list queries
   * whose records follow their customer's scope (e.g. contacts-like records with no owner of their own).
   */
  customerVisible(principal: Principal, customerIdColumn: string): SqlFragment {
    return customerVisibleCondition(principal, customerIdColumn);
  }

  /**
   * A subquery (`SELECT id …`) of the customers visible to the caller that the customer list's own
   * search finds for `q` (names, code, phone, pinyin, contacts), for another domain's free-text search
   * over its records of customers (the contract list's `q`).
   */
  customerIdsMatching(principal: Principal, q: string): SqlFragment {
    return customerIdsMatching(principal, q);
  }
}
