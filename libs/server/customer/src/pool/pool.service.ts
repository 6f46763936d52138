import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, hasPermission, notFound, PageDto, Principal, ProblemDetailsFilter, toPage, writeAudit } from '@kehu/server-core';
import { ApprovalService } from '@kehu/server-approval';
import { OrgDirectory } from '@kehu/server-permissions';
import { RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager, EntityNotFoundError } from 'typeorm';
import { assertMayClaim, claimableAgainAt, LifecycleAction } from '../lifecycle/customer-lifecycle';
import { CustomerLifecycleService, lifecycleStateOf } from '../lifecycle/customer-lifecycle.service';
import { findVisibleCustomer } from '../scope/customer-scope';
import { CustomerStatus } from '../lifecycle/customer-status';
import { CUSTOMER_COUNT_CAP, CustomersService } from '../customers/customers.service';
import { CustomerDto } from '../customers/customer.dto';
import { lockOwnerClaims } from '../customers/customers.repository';
import { AbandonCustomerDto, BatchClaimItemDto, BatchClaimResultDto, ClaimQuotaDto, PoolCustomerDetailDto, PoolCustomerDto, PoolQueryDto } from '../lifecycle/lifecycle.dto';
import { Customer } from '../entities/customer.entity';
import { endOfBusinessDay } from '../follow-ups/follow-ups.service';
import { LIFECYCLE_SUBJECT_TYPES, withdrawLifecycleRequests } from '../lifecycle/protection-review';
import { ownedProtectedCount } from '../lifecycle/lifecycle.repository';
import { ProtectionService } from '../lifecycle/protection.service';
import { PoolRepository } from './pool.repository';

/** Customers released per transaction by the reclaim job: a few seconds of row locks at most. */
const RELEASE_CHUNK = 5000;

/** Due customers the job reads per query (ids only): bounds its memory when a whole customer base falls due at once. */
const DUE_BATCH = 50_000;

/**
 * Chunks released side by side. A chunk's time is index maintenance, CPU-bound in one backend: two
 * workers overlap on two cores (docs/performance.md, "Pool reclaim").
 */
const RELEASE_WORKERS = 2;

/** PostgreSQL's deadlock_detected: a chunk that lost a deadlock to someone's multi-customer edit is run again. */
const DEADLOCK_DETECTED = '40P01';
const CHUNK_ATTEMPTS = 3;

const DAY_MS = 86_400_000;

/** Turns a refused claim of a batch into the problem a single claim would have answered. */
const PROBLEMS = new ProblemDetailsFilter();

/**
 * The public pool 公海 (DOMAIN §3: 公共客户池): customers released by the reclaim job or abandoned by
 * their owner, visible to everyone who may claim; a claim makes the claimant the owner.
 */
@Injectable()
export class PoolService {
  /** Customers released per transaction (tests lower it to cross chunk boundaries). */
  releaseChunk = RELEASE_CHUNK;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly lifecycle: CustomerLifecycleService,
    private readonly customers: CustomersService,
    private readonly protection: ProtectionService,
    private readonly rules: RulesService,
    private readonly org: OrgDirectory,
    private readonly approvals: ApprovalService,
    private readonly pool: PoolRepository,
  ) {}

  async abandon(principal: Principal, id: string, dto: AbandonCustomerDto): Promise<void> {
    await this.db.transaction(async (tx) => {
      const customer = await findVisibleCustomer(tx, principal, id, true);
      await this.lifecycle.apply(tx, customer, LifecycleAction.Abandon, {
        actorId: principal.userId,
        actsForOwners: hasPermission(principal, 'customer:transfer'),
        reason: dto.reason,
      });
    });
  }

  /**
   * Claims a pool customer. The row lock makes concurrent claims queue: the first wins, the
   * others then find it no longer in the pool (409). A per-claimant lock keeps the limits exact
   * when one rep claims several customers at once.
   */
  async claim(principal: Principal, id: string): Promise<CustomerDto> {
    await this.db.transaction(async (tx) => {
      await lockOwnerClaims(tx, principal.userId);
      const customer = await this.lifecycle.lock(tx, id);
      // The pool is everyone's; a customer outside it is known only inside the caller's scope. Claiming one
      // the caller cannot see answers 404 like a missing id, not 409 with its status (no existence oracle).
      if (customer.status !== CustomerStatus.Pool) await findVisibleCustomer(tx, principal, id);
      const rules = await this.lifecycle.rules(tx);
      // The stage and cooldown first: a claim that cannot happen says why, not that limits are reached.
      if (customer.status === CustomerStatus.Pool) {
        await this.assertWithinLimits(tx, principal);
      }
      await this.lifecycle.apply(tx, customer, LifecycleAction.Claim, {
        actorId: principal.userId,
        also: { departmentId: principal.departmentId },
      });
      if (rules.claimNeedsReview) await this.protection.submitForReview(tx, customer, principal);
    });
    return this.customers.get(principal, id);
  }

  /**
   * Claims several pool customers, each on its own like a single claim (own transaction, limits
   * checked at that moment), and answers per customer: a refused one carries the problem a single
   * claim would have answered, so the caller sees which were taken and why the others were not.
   * Only domain refusals are reported per item; anything else is a real failure and fails the call.
   */
  async claimMany(principal: Principal, ids: string[]): Promise<BatchClaimResultDto> {
    const items: BatchClaimItemDto[] = [];
    for (const id of ids) {
      try {
        items.push({ id, claimed: true, customer: await this.claim(principal, id) });
      } catch (error) {
        if (!(error instanceof DomainError) && !(error instanceof EntityNotFoundError)) throw error;
        items.push({ id, claimed: false, problem: PROBLEMS.toProblem(error) });
      }
    }
    return { items, quota: await this.quota(principal) };
  }

  /** What the caller may still claim today and own, as the claim checks it. */
  async quota(principal: Principal): Promise<ClaimQuotaDto> {
    return this.db.transaction(async (tx) => {
      const { counts, limits } = await this.claimCounts(tx, principal);
      return {
        claimsToday: counts.claimsToday,
        maxDailyClaims: limits.maxDailyClaims,
        remainingClaims: Math.max(0, limits.maxDailyClaims - counts.claimsToday),
        ownedProtected: counts.ownedProtected,
        maxOwnedCustomers: limits.maxOwnedCustomers,
        remainingOwned: Math.max(0, limits.maxOwnedCustomers - counts.ownedProtected),
      };
    });
  }

  async list(principal: Principal, query: PoolQueryDto): Promise<PageDto<PoolCustomerDto>> {
    const { rows, total } = await this.pool.page(query);
    return toPage(await this.toPoolDtos(principal, rows), total, query, { cap: CUSTOMER_COUNT_CAP });
  }

  /** A pool customer's profile and ownership history — not the previous owner's follow-up notes. */
  async get(principal: Principal, id: string): Promise<PoolCustomerDetailDto> {
    const customer = await this.pool.find(id);
    if (!customer) throw notFound('Pool customer', id);
    const [dto] = await this.toPoolDtos(principal, [customer]);
    return { ...dto, history: await this.customers.historyOf(id) };
  }

  /**
   * The reclaim job (DOMAIN §3): releases every POTENTIAL / INTENT customer whose protection — or
   * the grace period after a rejected review — has ended, set-based: it reads the due ids, then
   * releases them RELEASE_CHUNK at a time, each chunk one statement that moves the customers and
   * writes their history, in its own transaction, so a large release never holds thousands of row
   * locks (claims, edits) for long. Idempotent: a second run finds nothing due. Mirrors
   * `isDueForRelease`.
   */
  async releaseDue(): Promise<{ released: number; withdrawnRequests: number; chunks: number }> {
    const now = this.clock.now();
    const totals = { released: 0, withdrawnRequests: 0, chunks: 0 };
    const chunks = this.dueChunks(now);
    const worker = async (): Promise<void> => {
      // Workers share one generator: each `next()` hands out a chunk no other worker gets.
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        const chunk = await this.releaseChunkOf(now, next.value);
        totals.released += chunk.released;
        totals.withdrawnRequests += chunk.withdrawnRequests;
        totals.chunks++;
      }
    };
    await Promise.all(Array.from({ length: RELEASE_WORKERS }, worker));
    await writeAudit(this.db.manager, {
      action: 'RELEASE',
      entityType: 'Customer',
      entityId: null,
      after: { job: 'pool-reclaim', ...totals, at: now.toISOString() },
      actorId: null,
      actorName: 'system',
    });
    return totals;
  }

  /** The ids due at `now`, RELEASE_CHUNK at a time, read DUE_BATCH at a time in id order. */
  private async *dueChunks(now: Date): AsyncGenerator<string[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await this.pool.dueIds(now, after, DUE_BATCH);
      for (let i = 0; i < ids.length; i += this.releaseChunk) yield ids.slice(i, i + this.releaseChunk);
      if (ids.length < DUE_BATCH) return;
      after = ids[ids.length - 1];
    }
  }

  private async releaseChunkOf(now: Date, ids: string[]): Promise<{ released: number; withdrawnRequests: number }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async (tx) => {
          const released = await this.pool.release(tx, now, ids);
          const withdrawnRequests = released.length ? await this.withdrawFor(tx, released) : 0;
          return { released: released.length, withdrawnRequests };
        });
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt === CHUNK_ATTEMPTS) throw error;
      }
    }
  }

  /** Pending intent requests of released customers (protection ones are never due, extension ones hold the customer). */
  private async withdrawFor(tx: EntityManager, ids: string[]): Promise<number> {
    const open = await this.pool.withPendingRequests(tx, ids, LIFECYCLE_SUBJECT_TYPES);
    return open.length ? withdrawLifecycleRequests(this.approvals, tx, open) : 0;
  }

  private async assertWithinLimits(tx: EntityManager, principal: Principal): Promise<void> {
    const { counts, limits } = await this.claimCounts(tx, principal);
    assertMayClaim(counts, limits);
  }

  /** The claimant's counts and limits: claims since the start of today in the business time zone, protected customers owned. */
  private async claimCounts(tx: EntityManager, principal: Principal) {
    const now = this.clock.now();
    const { maxOwnedCustomers, maxDailyClaims, businessTimeZone: timeZone } = await this.rules.getMany(
      ['maxOwnedCustomers', 'maxDailyClaims', 'businessTimeZone'] as const,
      tx,
    );
    const dayStart = new Date(endOfBusinessDay(now, timeZone).getTime() - DAY_MS);
    const claims = await this.pool.claimsSince(tx, principal.userId, dayStart);
    const ownedProtected = await ownedProtectedCount(tx, principal.userId);
    return { counts: { ownedProtected, claimsToday: claims }, limits: { maxOwnedCustomers, maxDailyClaims } };
  }

  private async toPoolDtos(principal: Principal, rows: Customer[]): Promise<PoolCustomerDto[]> {
    const now = this.clock.now();
    const cooldown = await this.rules.get('reclaimCooldownDays');
    const dtos = await this.customers.toDtos(rows);
    const people = await this.org.people(rows.map((r) => r.previousOwnerId).filter((x): x is string => !!x));
    return rows.map((c, i) => {
      const again = claimableAgainAt(lifecycleStateOf(c), principal.userId, { reclaimCooldownDays: cooldown });
      return {
        ...dtos[i],
        previousOwnerId: c.previousOwnerId,
        previousOwnerName: c.previousOwnerId ? (people.get(c.previousOwnerId)?.displayName ?? null) : null,
        daysInPool: c.poolEnteredAt ? Math.floor((now.getTime() - c.poolEnteredAt.getTime()) / DAY_MS) : 0,
        claimableAt: again && again > now ? again.toISOString() : null,
      };
    });
  }
}
