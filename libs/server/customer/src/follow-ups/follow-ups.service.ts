import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PageDto, Principal, ReminderDto, ReminderRegistry, RequestValidationError, toPage } from '@kehu/server-core';
import { OrgDirectory } from '@kehu/server-permissions';
import { DictionariesService, DictionaryCode, RulesService } from '@kehu/server-settings';
import { DataSource, In, IsNull } from 'typeorm';
import { businessDay } from '../customers/customer-codes';
import { findVisibleCustomer } from '../scope/customer-scope';
import { CustomersService } from '../customers/customers.service';
import { CreateFollowUpDto, FollowUpDto, FollowUpQueryDto, TimelineEntryDto, toFollowUpDto } from './follow-up.dto';
import { FollowUpsRepository } from './follow-ups.repository';
import { Contact } from '../entities/contact.entity';
import { Customer } from '../entities/customer.entity';
import { FollowUp } from '../entities/follow-up.entity';
import { CustomerStore } from '../storage/customer-store';

/** End of the business day containing `now`, as an instant. */
export function endOfBusinessDay(now: Date, timeZone: string): Date {
  const day = businessDay(now, timeZone);
  // The offset of the zone at that moment, e.g. +08:00 for Asia/Shanghai.
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value.replace('GMT', '') || '+00:00';
  const next = new Date(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T00:00:00${offset === '' ? 'Z' : offset}`);
  return new Date(next.getTime() + 86_400_000);
}

/**
 * Follow-up records (DOMAIN §2). Saving one moves the customer's last and next contact time in
 * the same transaction; the next contact time is the owner's reminder until a later follow-up.
 */
@Injectable()
export class FollowUpsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly customers: CustomersService,
    private readonly dictionaries: DictionariesService,
    private readonly rules: RulesService,
    private readonly org: OrgDirectory,
    private readonly reminders: ReminderRegistry,
    private readonly followUps: FollowUpsRepository,
  ) {}

  onModuleInit(): void {
    this.reminders.register({ kind: 'follow-up', remindersFor: (principal, now) => this.dueFor(principal, now) });
  }

  async create(principal: Principal, customerId: string, dto: CreateFollowUpDto): Promise<FollowUpDto> {
    const id = await this.db.transaction(async (tx) => {
      const customer = await findVisibleCustomer(tx, principal, customerId, true);
      await this.dictionaries.assertValid(DictionaryCode.FollowUpMethod, dto.method, 'method', tx);
      await this.dictionaries.assertValid(DictionaryCode.FollowUpResult, dto.result, 'result', tx);
      if (dto.contactId && !(await tx.exists(Contact, { where: { id: dto.contactId, customerId, deletedAt: IsNull() } }))) {
        throw new RequestValidationError([{ field: 'contactId', message: 'no such contact of this customer', code: 'exists' }]);
      }
      const occurredAt = new Date(dto.occurredAt);
      const nextContactAt = dto.nextContactAt ? new Date(dto.nextContactAt) : null;
      // Seed 004: every follow-up names the next contact time (it becomes the owner's reminder), unless the rule is off.
      if (!nextContactAt && (await this.rules.get('followUpRequiresNextContact', tx))) {
        throw new RequestValidationError([{ field: 'nextContactAt', message: 'is required (rule followUpRequiresNextContact)', code: 'required' }]);
      }
      if (nextContactAt && nextContactAt < occurredAt) {
        throw new RequestValidationError([{ field: 'nextContactAt', message: 'must not be before occurredAt', code: 'range' }]);
      }
      const followUp = await tx.save(
        tx.create(FollowUp, {
          customerId,
          contactId: dto.contactId ?? null,
          method: dto.method,
          occurredAt,
          place: dto.place ?? null,
          summary: dto.summary,
          details: dto.details ?? null,
          result: dto.result ?? null,
          nextContactAt,
          ownerId: principal.userId,
          createdBy: principal.userId,
        }),
      );
      const latest = !customer.lastContactAt || occurredAt >= customer.lastContactAt;
      if (latest) await CustomerStore.recordContact(tx, customerId, occurredAt, nextContactAt);
      return followUp.id;
    });
    return (await this.toDtos(await this.db.getRepository(FollowUp).findBy({ id })))[0];
  }

  async listOf(principal: Principal, customerId: string): Promise<FollowUpDto[]> {
    await findVisibleCustomer(this.db.manager, principal, customerId);
    return this.toDtos(await this.db.getRepository(FollowUp).find({ where: { customerId, deletedAt: IsNull() }, order: { occurredAt: 'DESC', id: 'DESC' } }));
  }

  async search(principal: Principal, query: FollowUpQueryDto): Promise<PageDto<FollowUpDto>> {
    const [rows, total] = await this.followUps.page(principal, query);
    return toPage(await this.toDtos(rows), total, query);
  }

  /** Follow-ups and ownership history of a customer, newest first. */
  async timeline(principal: Principal, customerId: string): Promise<TimelineEntryDto[]> {
    const [followUps, history] = await Promise.all([this.listOf(principal, customerId), this.customers.history(principal, customerId)]);
    const entries: TimelineEntryDto[] = [
      ...followUps.map((f) => ({ kind: 'follow-up' as const, at: f.occurredAt, followUp: f })),
      ...history.map((h) => ({ kind: 'history' as const, at: h.at, history: h })),
    ];
    return entries.sort((a, b) => b.at.localeCompare(a.at));
  }

  /** Customers I own whose next contact time falls today or earlier (business time zone). */
  async dueFor(principal: Principal, now: Date): Promise<ReminderDto[]> {
    const timeZone = await this.rules.get('businessTimeZone');
    const rows = await this.followUps.dueContacts(principal.userId, endOfBusinessDay(now, timeZone));
    return rows.map((r) => ({
      kind: 'follow-up',
      subjectType: 'customer',
      subjectId: r.id,
      title: r.name,
      detail: r.summary,
      params: null,
      allDay: false,
      dueAt: new Date(r.next_contact_at).toISOString(),
      overdue: new Date(r.next_contact_at) < now,
    }));
  }

  private async toDtos(rows: FollowUp[]): Promise<FollowUpDto[]> {
    if (!rows.length) return [];
    const [customers, contacts, owners] = await Promise.all([
      this.db.getRepository(Customer).find({ where: { id: In([...new Set(rows.map((r) => r.customerId))]) }, select: { id: true, name: true } }),
      this.db.getRepository(Contact).find({ where: { id: In(rows.map((r) => r.contactId).filter((x): x is string => !!x)) }, select: { id: true, name: true } }),
      this.org.people(rows.map((r) => r.ownerId)),
    ]);
    const customerName = new Map(customers.map((c) => [c.id, c.name]));
    const contactName = new Map(contacts.map((c) => [c.id, c.name]));
    return rows.map((f) =>
      toFollowUpDto(f, { customer: customerName.get(f.customerId), contact: f.contactId ? contactName.get(f.contactId) : null, owner: owners.get(f.ownerId)?.displayName }),
    );
  }
}
