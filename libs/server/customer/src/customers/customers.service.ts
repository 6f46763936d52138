import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, CoreError, CoreErrorCode, hasPermission, hydrate, notFound, PageDto, Principal, RequestValidationError, toPage } from '@kehu/server-core';
import { ApprovalService } from '@kehu/server-approval';
import { OrgDirectory } from '@kehu/server-permissions';
import { DictionariesService, DictionaryCode, RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { normalizePhone } from '../search/company-name';
import { nextCustomerCodes } from './customer-codes';
import { historyEntries, lockNameKey, lockOwnerClaims, lockPhoneKey } from './customers.repository';
import { CustomerNaming } from '../search/customer-naming.service';
import { assertMayTakeAnother, enteredState } from '../lifecycle/customer-lifecycle';
import { protectionReviewRequest, withdrawLifecycleRequests } from '../lifecycle/protection-review';
import { ownedProtectedCount } from '../lifecycle/lifecycle.repository';
import { findVisibleCustomer } from '../scope/customer-scope';
import { CustomerEvent, CustomerStatus } from '../lifecycle/customer-status';
import { CreateCustomerDto, CustomerDto, CustomerFieldsDto, CustomerQueryDto, HistoryEntryDto, PLAIN_CUSTOMER_FIELDS, toCustomerDto, UpdateCustomerDto } from './customer.dto';
import { DuplicateCheckService } from '../search/duplicate-check.service';
import { Customer } from '../entities/customer.entity';
import { CustomerCategory } from '../entities/customer-category.entity';
import { CustomerHistory } from '../entities/customer-history.entity';
import { CUSTOMER_COUNT_CAP, CustomerQueries, CustomerRowWithNames } from '../storage/customer-queries';
import { CustomerStore } from '../storage/customer-store';

export { CUSTOMER_COUNT_CAP, type CustomerFilter } from '../storage/customer-queries';


/** Customer records: create (refusing duplicates), read and list within data scope, edit, delete. */
@Injectable()
export class CustomersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly naming: CustomerNaming,
    private readonly duplicates: DuplicateCheckService,
    private readonly dictionaries: DictionariesService,
    private readonly rules: RulesService,
    private readonly org: OrgDirectory,
    private readonly approvals: ApprovalService,
    private readonly queries: CustomerQueries,
  ) {}

  async create(principal: Principal, dto: CreateCustomerDto): Promise<CustomerDto> {
    const id = await this.db.transaction((tx) => this.insert(tx, principal, dto));
    return this.get(principal, id);
  }

  /** The creation path (limits, duplicate check, code, protection review) inside the caller's transaction; answers the id. */
  async insert(tx: EntityManager, principal: Principal, dto: CreateCustomerDto): Promise<string> {
    await this.validateCodes(tx, dto);
    const owner = await this.resolveOwner(tx, principal, dto.ownerId);
    // One owner's entries queue here so the protected-customer limit stays exact.
    await lockOwnerClaims(tx, owner.id);
    assertMayTakeAnother({ ownedProtected: await ownedProtectedCount(tx, owner.id) }, await this.rules.get('maxOwnedCustomers', tx));
    const legalForms = await this.naming.legalForms(tx);
    const phoneKey = normalizePhone(dto.phone);
    // Two reps entering the same company at the same moment: the second waits, then is refused.
    if (phoneKey) await lockPhoneKey(tx, phoneKey);
    const probe = this.naming.derive({ name: dto.name, shortName: dto.shortName ?? null, code: '', phone: dto.phone }, legalForms);
    await lockNameKey(tx, probe.normalizedName);
    await this.duplicates.assertNoDuplicate(tx, principal, probe);
    const now = this.clock.now();
    const { customerCodePrefix: prefix, businessTimeZone: timeZone } = await this.rules.getMany(['customerCodePrefix', 'businessTimeZone'] as const, tx);
    const [code] = await nextCustomerCodes(tx, prefix, now, timeZone);
    const customer = tx.create(Customer, {
      ...this.pickPlain(dto),
      name: dto.name,
      address: dto.address,
      industry: dto.industry,
      phone: dto.phone,
      description: dto.description,
      code,
      ...this.naming.derive({ name: dto.name, shortName: dto.shortName ?? null, code, phone: dto.phone }, legalForms),
      ...enteredState(owner.id),
      departmentId: owner.departmentId,
      createdBy: principal.userId,
    });
    await CustomerStore.insert(tx, customer);
    await this.approvals.submit(tx, protectionReviewRequest(customer), principal);
    await this.recordHistory(tx, customer.id, principal, {
      event: CustomerEvent.Created,
      toOwnerId: owner.id,
      toStatus: CustomerStatus.Potential,
    });
    return customer.id;
  }

  /** One customer with its people's names, in one prepared statement (the most frequent read). */
  async get(principal: Principal, id: string): Promise<CustomerDto> {
    const [row] = await this.queries.one(principal, id);
    if (!row) throw notFound('Customer', id);
    return this.rowsToDtos([row])[0];
  }

  async update(principal: Principal, id: string, dto: UpdateCustomerDto, ifMatch?: string): Promise<CustomerDto> {
    await this.db.transaction(async (tx) => {
      const customer = await findVisibleCustomer(tx, principal, id, true);
      assertVersionMatches(customer.version, ifMatch, dto.version);
      await this.validateCodes(tx, dto);
      const changes: Partial<Customer> = this.pickPlain(dto);
      for (const key of ['name', 'address', 'industry', 'phone', 'description'] as const) {
        if (dto[key] !== undefined) changes[key] = dto[key] as string;
      }
      // The search and duplicate keys follow the name and phone. Left alone by other edits: a customer kept
      // under its old key when a new normalisation made it collide (migration 1764000300000) stays editable.
      let derived = {};
      if (dto.name !== undefined || dto.shortName !== undefined || dto.phone !== undefined) {
        const keys = this.naming.derive({ ...customer, ...changes }, await this.naming.legalForms(tx));
        if (keys.normalizedName !== customer.normalizedName || keys.normalizedPhone !== customer.normalizedPhone) {
          await this.duplicates.assertNoDuplicate(tx, principal, keys, customer.id);
        }
        derived = keys;
      }
      await CustomerStore.update(tx, customer, { ...changes, ...derived });
    });
    return this.get(principal, id);
  }

  async remove(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const customer = await findVisibleCustomer(tx, principal, id, true);
      assertVersionMatches(customer.version, ifMatch);
      await CustomerStore.update(tx, customer, { deletedAt: this.clock.now() });
      await withdrawLifecycleRequests(this.approvals, tx, [id]);
      await this.recordHistory(tx, id, principal, { event: CustomerEvent.Deleted, fromOwnerId: customer.ownerId, fromStatus: customer.status });
    });
  }

  async list(principal: Principal, query: CustomerQueryDto): Promise<PageDto<CustomerDto>> {
    const { rows, total } = await this.queries.page(principal, query);
    return toPage(this.rowsToDtos(rows), total, query, { cap: CUSTOMER_COUNT_CAP });
  }

  async history(principal: Principal, id: string): Promise<HistoryEntryDto[]> {
    await findVisibleCustomer(this.db.manager, principal, id);
    return this.historyOf(id);
  }

  /** A customer's ownership history; callers have checked that the caller may see it. */
  async historyOf(id: string): Promise<HistoryEntryDto[]> {
    const rows = await historyEntries(this.db.manager, id);
    const people = await this.org.people(rows.flatMap((r) => [r.actorId, r.fromOwnerId, r.toOwnerId]).filter((x): x is string => !!x));
    const name = (id: string | null) => (id ? (people.get(id)?.displayName ?? null) : null);
    return rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      event: r.event,
      actorName: name(r.actorId),
      fromOwnerName: name(r.fromOwnerId),
      toOwnerName: name(r.toOwnerId),
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      reason: r.reason,
      approvalId: r.approvalId,
    }));
  }

  async recordHistory(
    tx: EntityManager,
    customerId: string,
    principal: Pick<Principal, 'userId'> | null,
    entry: Partial<Pick<CustomerHistory, 'event' | 'fromOwnerId' | 'toOwnerId' | 'fromStatus' | 'toStatus' | 'reason' | 'approvalId'>>,
  ): Promise<void> {
    await tx.insert(CustomerHistory, {
      customerId,
      at: this.clock.now(),
      actorId: principal?.userId ?? null,
      event: entry.event ?? CustomerEvent.Updated,
      fromOwnerId: entry.fromOwnerId ?? null,
      toOwnerId: entry.toOwnerId ?? null,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      reason: entry.reason ?? null,
      approvalId: entry.approvalId ?? null,
    });
  }

  /** Rows of `SELECT c.*, ${PEOPLE_NAMES_SQL}` as DTOs. */
  private rowsToDtos(rows: CustomerRowWithNames[]): CustomerDto[] {
    const customers = hydrate(this.db, Customer, rows);
    return customers.map((c, i) => toCustomerDto(c, rows[i].owner_display_name, rows[i].after_sales_owner_display_name));
  }

  async toDtos(rows: Customer[]): Promise<CustomerDto[]> {
    const people = await this.org.people(rows.flatMap((r) => [r.ownerId, r.afterSalesOwnerId]).filter((x): x is string => !!x));
    const name = (id: string | null) => (id ? (people.get(id)?.displayName ?? null) : null);
    return rows.map((c) => toCustomerDto(c, name(c.ownerId), name(c.afterSalesOwnerId)));
  }

  private pickPlain(dto: CustomerFieldsDto): Partial<Customer> {
    const out: Record<string, unknown> = {};
    for (const key of PLAIN_CUSTOMER_FIELDS) if (dto[key] !== undefined) out[key] = dto[key];
    return out as Partial<Customer>;
  }

  private async validateCodes(tx: EntityManager, dto: Partial<CreateCustomerDto>): Promise<void> {
    await this.dictionaries.assertValid(DictionaryCode.Industry, dto.industry, 'industry', tx);
    await this.dictionaries.assertValid(DictionaryCode.Region, dto.region, 'region', tx);
    await this.dictionaries.assertValid(DictionaryCode.CustomerSource, dto.source, 'source', tx);
    await this.dictionaries.assertValid(DictionaryCode.CustomerLevel, dto.level, 'level', tx);
    await this.dictionaries.assertValid(DictionaryCode.CustomerGrade, dto.grade, 'grade', tx);
    if (dto.categoryId && !(await tx.exists(CustomerCategory, { where: { id: dto.categoryId, deletedAt: IsNull() } }))) {
      throw new RequestValidationError([{ field: 'categoryId', message: 'no such category', code: 'exists' }]);
    }
  }

  private async resolveOwner(tx: EntityManager, principal: Principal, ownerId: string | undefined): Promise<{ id: string; departmentId: string | null }> {
    if (!ownerId || ownerId === principal.userId) return { id: principal.userId, departmentId: principal.departmentId };
    if (!hasPermission(principal, 'customer:transfer')) {
      throw new CoreError(CoreErrorCode.Forbidden, 'Choosing another owner needs customer:transfer', { permission: 'customer:transfer' });
    }
    const owner = (await this.org.people([ownerId], tx)).get(ownerId);
    if (!owner) throw new RequestValidationError([{ field: 'ownerId', message: 'no such user', code: 'exists' }]);
    return { id: owner.id, departmentId: owner.departmentId };
  }
}
