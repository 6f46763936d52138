import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertVersionMatches, Clock, notFound, PageDto, Principal, toPage } from '@kehu/server-core';
import { DictionariesService, DictionaryCode } from '@kehu/server-settings';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { normalizePhone } from '../search/company-name';
import { lockPhoneKey } from '../customers/customers.repository';
import { pinyinKeys } from '../search/pinyin-keys';
import { ContactsRepository } from './contacts.repository';
import { DuplicateCheckService } from '../search/duplicate-check.service';
import { findVisibleCustomer } from '../scope/customer-scope';
import { ContactDto, ContactQueryDto, CreateContactDto, toContactDto, UpdateContactDto } from './contact.dto';
import { Contact } from '../entities/contact.entity';

/** Contacts of a customer; visible exactly when their customer is. */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly dictionaries: DictionariesService,
    private readonly duplicates: DuplicateCheckService,
    private readonly contacts: ContactsRepository,
  ) {}

  async listOf(principal: Principal, customerId: string): Promise<ContactDto[]> {
    const customer = await findVisibleCustomer(this.db.manager, principal, customerId);
    const rows = await this.db.getRepository(Contact).find({ where: { customerId, deletedAt: IsNull() }, order: { isPrimary: 'DESC', name: 'ASC', id: 'ASC' } });
    return rows.map((c) => toContactDto(c, customer.name));
  }

  /** Contacts across the customers I may see, `?q=` by name or mobile. */
  async search(principal: Principal, query: ContactQueryDto): Promise<PageDto<ContactDto>> {
    const { rows, total } = await this.contacts.page(principal, query);
    return toPage(rows.map((r) => toContactDto(r.contact, r.customerName)), total, query);
  }

  async create(principal: Principal, customerId: string, dto: CreateContactDto): Promise<ContactDto> {
    const id = await this.db.transaction(async (tx) => {
      await findVisibleCustomer(tx, principal, customerId, true);
      await this.dictionaries.assertValid(DictionaryCode.Gender, dto.gender, 'gender', tx);
      await this.assertMobileFree(tx, principal, normalizePhone(dto.mobile), customerId);
      const existing = await tx.count(Contact, { where: { customerId, deletedAt: IsNull() } });
      // The first contact is the primary one unless said otherwise.
      const isPrimary = dto.isPrimary ?? existing === 0;
      if (isPrimary) await this.clearPrimary(tx, customerId);
      const contact = tx.create(Contact, {
        ...dto,
        customerId,
        isPrimary,
        normalizedMobile: normalizePhone(dto.mobile),
        namePinyin: pinyinKeys(dto.name),
        createdBy: principal.userId,
      });
      return (await tx.save(contact)).id;
    });
    return this.get(principal, customerId, id);
  }

  async get(principal: Principal, customerId: string, id: string): Promise<ContactDto> {
    const customer = await findVisibleCustomer(this.db.manager, principal, customerId);
    const contact = await this.db.getRepository(Contact).findOneBy({ id, customerId, deletedAt: IsNull() });
    if (!contact) throw notFound('Contact', id);
    return toContactDto(contact, customer.name);
  }

  async update(principal: Principal, customerId: string, id: string, dto: UpdateContactDto, ifMatch?: string): Promise<ContactDto> {
    await this.db.transaction(async (tx) => {
      await findVisibleCustomer(tx, principal, customerId, true);
      const contact = await tx.findOne(Contact, { where: { id, customerId, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!contact) throw notFound('Contact', id);
      assertVersionMatches(contact.version, ifMatch, dto.version);
      await this.dictionaries.assertValid(DictionaryCode.Gender, dto.gender, 'gender', tx);
      const fields: Omit<UpdateContactDto, 'version'> = { ...dto };
      delete (fields as UpdateContactDto).version;
      if (fields.mobile !== undefined && normalizePhone(fields.mobile) !== contact.normalizedMobile) {
        await this.assertMobileFree(tx, principal, normalizePhone(fields.mobile), customerId);
      }
      if (fields.isPrimary && !contact.isPrimary) await this.clearPrimary(tx, customerId);
      Object.assign(contact, fields);
      if (fields.mobile !== undefined) contact.normalizedMobile = normalizePhone(fields.mobile);
      if (fields.name !== undefined) contact.namePinyin = pinyinKeys(fields.name);
      await tx.save(contact);
    });
    return this.get(principal, customerId, id);
  }

  async remove(principal: Principal, customerId: string, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await findVisibleCustomer(tx, principal, customerId, true);
      const contact = await tx.findOneBy(Contact, { id, customerId, deletedAt: IsNull() });
      if (!contact) throw notFound('Contact', id);
      contact.deletedAt = this.clock.now();
      contact.isPrimary = false;
      await tx.save(contact);
    });
  }

  /**
   * A mobile that is another customer's phone or contact mobile is refused like a duplicate phone
   * (DOMAIN §1). The phone key's lock is the one customer entry takes, so an entry and a contact
   * with the same number cannot both pass.
   */
  private async assertMobileFree(tx: EntityManager, principal: Principal, mobile: string | null, customerId: string): Promise<void> {
    if (!mobile) return;
    await lockPhoneKey(tx, mobile);
    await this.duplicates.assertMobileFree(tx, principal, mobile, customerId);
  }

  private async clearPrimary(tx: EntityManager, customerId: string): Promise<void> {
    const current = await tx.findOneBy(Contact, { customerId, isPrimary: true, deletedAt: IsNull() });
    if (current) {
      current.isPrimary = false;
      await tx.save(current);
    }
  }
}
