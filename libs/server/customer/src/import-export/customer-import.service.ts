import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, Clock, databaseProblem, flattenValidationErrors, Principal, problemType, unsafeTextErrors, writeAudit } from '@kehu/server-core';
import { DictionariesService, RulesService } from '@kehu/server-settings';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidatorOptions } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { normalizePhone } from '../search/company-name';
import { nextCustomerCodes } from '../customers/customer-codes';
import { CustomerNaming, DerivedNames } from '../search/customer-naming.service';
import { ownedProtectedCount } from '../lifecycle/lifecycle.repository';
import { CustomerStatus } from '../lifecycle/customer-status';
import { CreateContactDto } from '../contacts/contact.dto';
import { CreateCustomerDto } from '../customers/customer.dto';
import { CompiledValidator, compileValidator } from './compiled-validator';
import { Column, columnForHeader, CONTACT_KEYS, IMPORT_COLUMNS } from './customer-columns';
import { readSheet } from './customer-file';
import { invalidFile } from './import.exception';
import { ExistingCustomer, ImportExportRepository } from './import-export.repository';
import { lockOwnerClaims } from '../customers/customers.repository';
import { pinyinKeys } from '../search/pinyin-keys';
import { ImportMode, ImportReportDto, ImportRowDto } from './import-export.dto';

function isCellError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Rows written per transaction. */
export const IMPORT_BATCH_SIZE = 1000;
/** Batches written at once (each its own transaction and connection). */
export const IMPORT_CONCURRENCY = 2;

const VALIDATOR: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false, stopAtFirstError: true };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTACT_KEY_SET = new Set<string>(CONTACT_KEYS);

/** The DTOs' rules compiled once: a row they accept skips validateSync; a refused row gets its errors from validateSync. */
let compiled: { customer: CompiledValidator | null; contact: CompiledValidator | null } | undefined;
function fastValidators() {
  compiled ??= { customer: compileValidator(CreateCustomerDto), contact: compileValidator(CreateContactDto) };
  return compiled;
}

interface ContactRow {
  name: string;
  mobile: string | null;
  normalizedMobile: string | null;
  title: string | null;
  email: string | null;
}

/** What multer hands over for the `file` field. */
export interface UploadedImport {
  buffer: Buffer;
  originalname?: string;
  size?: number;
}

/** A row that passed validation, with its duplicate-check keys. */
export interface ValidRow {
  row: number;
  dto: CreateCustomerDto;
  contact: ContactRow | null;
  names: DerivedNames;
}

interface ImportContext {
  principal: Principal;
  mode: ImportMode;
  legalForms: string[];
  prefix: string;
  timeZone: string;
  now: Date;
  /** Imported customers count as reviewed by the importer: protected from the import on. */
  protectionUntil: Date;
  /** The importer's `maxOwnedCustomers` and how many more protected customers they may take (created rows take one each, in row order). */
  owned: { limit: number; remaining: number };
  /** Batches count the limit under the importer's lock from their start (after an overshoot). */
  exact?: boolean;
}

/** A batch whose creates took the importer past `maxOwnedCustomers` (others' entries committed meanwhile), or that found their lock busy: rerun under it. */
class OwnedLimitOvershoot extends Error {}

type Plan =
  | { kind: 'create'; row: ValidRow }
  | { kind: 'update'; row: ValidRow; target: ExistingCustomer }
  /** Not written: a duplicate, or a row past the owned-customer limit (its report says which). */
  | { kind: 'duplicate'; row: ValidRow; report: ImportRowDto };

/** Lookup tables that turn a cell into a stored value: dictionary code or label → code; category id or name → id. */
interface Lookups {
  dictionaries: Map<string, Map<string, string>>;
  categories: Map<string, string | null>;
}

/**
 * Customer import (issue "Customers" §8): validates every row exactly like POST /customers, refuses
 * duplicates against the database and within the file, and writes valid rows set-based in
 * batches of IMPORT_BATCH_SIZE, one transaction each. A batch the database refuses as a whole
 * (a concurrent duplicate hitting the unique index) is retried row by row.
 */
@Injectable()
export class CustomerImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly naming: CustomerNaming,
    private readonly dictionaries: DictionariesService,
    private readonly rules: RulesService,
    private readonly repository: ImportExportRepository,
  ) {}

  async import(
    principal: Principal,
    file: UploadedImport | undefined,
    options: { dryRun?: boolean; mode?: ImportMode },
  ): Promise<ImportReportDto> {
    if (!file?.buffer) throw invalidFile('is required (multipart field "file")');
    const dryRun = options.dryRun ?? false;
    const mode = options.mode ?? 'create';
    const sheet = await readSheet(file.buffer);
    const columns = sheet.headers.map((h) => columnForHeader(h));
    if (!columns.some((c) => c?.key === 'name')) throw invalidFile('has no 客户全称 (name) column in its first row');

    const [legalForms, lookups, { customerCodePrefix: prefix, businessTimeZone: timeZone, potentialDays, maxOwnedCustomers }, owned] = await Promise.all([
      this.naming.legalForms(),
      this.lookups(),
      this.rules.getMany(['customerCodePrefix', 'businessTimeZone', 'potentialDays', 'maxOwnedCustomers'] as const),
      ownedProtectedCount(this.db.manager, principal.userId),
    ]);
    const now = this.clock.now();
    const ctx: ImportContext = {
      principal, mode, legalForms, prefix, timeZone, now, protectionUntil: addDays(now, potentialDays),
      owned: { limit: maxOwnedCustomers, remaining: Math.max(0, maxOwnedCustomers - owned) },
    };

    const reports: ImportRowDto[] = [];
    const valid: ValidRow[] = [];
    const seen = new Map<string, number>();
    sheet.rows.forEach((cells, index) => {
      const row = index + 2;
      const result = this.parseRow(row, columns, cells, lookups, legalForms);
      if ('report' in result) return void reports.push(result.report);
      const clash = this.inFileDuplicate(result, seen);
      if (clash) return void reports.push(clash);
      valid.push(result);
    });

    const batches: ValidRow[][] = [];
    for (let i = 0; i < valid.length; i += IMPORT_BATCH_SIZE) batches.push(valid.slice(i, i + IMPORT_BATCH_SIZE));
    // Batches of one file never collide (in-file duplicates are out already), so IMPORT_CONCURRENCY of them
    // are written at once: PostgreSQL's index maintenance, not Node, is what a commit waits for. When the
    // importer's owned-customer limit may stop some rows, one at a time: the rows within it are the first ones.
    const concurrency = ctx.owned.remaining < valid.length ? 1 : IMPORT_CONCURRENCY;
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        reports.push(
          ...(dryRun
            ? await this.plan(this.db.manager, ctx, batch).then((p) => p.map((x) => this.dryReport(x)))
            : await this.commitBatch(ctx, batch)),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));

    reports.sort((a, b) => a.row - b.row);
    const totals = { created: 0, updated: 0, duplicate: 0, rejected: 0 };
    for (const r of reports) totals[r.outcome]++;
    if (!dryRun) {
      await writeAudit(this.db.manager, { action: 'IMPORT', entityType: 'customer', after: { mode, rows: sheet.rows.length, totals } });
    }
    return { dryRun, mode, totals, rows: reports };
  }

  /** Live customers matching any name, phone or external id of the batch (public for tests that simulate races). */
  async lookupExisting(manager: EntityManager, principal: Principal, rows: ValidRow[]): Promise<ExistingCustomer[]> {
    const names = rows.map((r) => r.names.normalizedName);
    // A row's contact mobile may not be another customer's phone either (DOMAIN §1).
    const phones = rows.flatMap((r) => [r.names.normalizedPhone, r.contact?.normalizedMobile]).filter((p): p is string => !!p);
    const externalIds = rows.map((r) => r.dto.externalId).filter((x): x is string => !!x);
    return this.repository.existingCustomers(manager, principal, { names, phones, externalIds });
  }

  /** Live customers having a contact whose mobile is a phone or contact mobile of the batch, by that mobile. */
  private async lookupContactMobiles(manager: EntityManager, principal: Principal, rows: ValidRow[]): Promise<Map<string, ExistingCustomer[]>> {
    const keys = [...new Set(rows.flatMap((r) => [r.names.normalizedPhone, r.contact?.normalizedMobile]).filter((p): p is string => !!p))];
    if (!keys.length) return new Map();
    const found = await this.repository.customersByContactMobile(manager, principal, keys);
    const byMobile = new Map<string, ExistingCustomer[]>();
    for (const { mobile, ...customer } of found) byMobile.set(mobile, [...(byMobile.get(mobile) ?? []), customer]);
    return byMobile;
  }

  private async commitBatch(ctx: ImportContext, batch: ValidRow[]): Promise<ImportRowDto[]> {
    try {
      return await this.db.transaction((tx) => this.planAndWrite(tx, ctx, batch));
    } catch (error) {
      if (error instanceof OwnedLimitOvershoot) {
        // From now on every batch holds the lock throughout: the limit is contended.
        ctx.exact = true;
        return this.commitBatch(ctx, batch);
      }
      if (batch.length === 1) return [this.failure(batch[0].row, error)];
      // Someone else wrote a colliding row between our check and our insert: find the offenders one by one.
      const out: ImportRowDto[] = [];
      for (const row of batch) {
        try {
          out.push(...(await this.db.transaction((tx) => this.planAndWrite(tx, ctx, [row]))));
        } catch (rowError) {
          out.push(this.failure(row.row, rowError));
        }
      }
      return out;
    }
  }

  /** A row the database refused, reported without the database's text (it quotes other customers' values). */
  private failure(row: number, error: unknown): ImportRowDto {
    const problem = databaseProblem(error);
    // A serialization failure is not the row's fault: the whole import answers it.
    if (!problem || problem.type === problemType('concurrent-update')) throw error;
    const named = problem.errors?.[0];
    if (problem.type === problemType('duplicate')) return { row, outcome: 'duplicate', field: named?.field ?? 'name', reason: 'already exists' };
    return { row, outcome: 'rejected', field: named?.field, reason: named?.message ?? 'has a value that is not accepted' };
  }

  /**
   * Plans and writes one batch in `tx`. The importer's owned-customer limit is checked as the batch
   * commits, under the lock an entry or claim of theirs takes: a batch that took them past it (someone
   * else's customers committed meanwhile), or found that lock busy, fails and is run again — as every
   * later batch — `exact`ly: holding the lock from the start, with what remains of the limit counted then.
   */
  private async planAndWrite(tx: EntityManager, ctx: ImportContext, batch: ValidRow[]): Promise<ImportRowDto[]> {
    const exact = ctx.exact ?? false;
    if (exact) {
      // The owner's lock before the phone keys', in the order POST /customers takes them.
      await this.lockOwner(tx, ctx);
      ctx.owned.remaining = Math.max(0, ctx.owned.limit - (await ownedProtectedCount(tx, ctx.principal.userId)));
    }
    // Phones have no unique index: lock each phone key of the batch (as POST /customers does) so that a concurrent
    // import or create of the same phone waits for this transaction and then sees its rows. Sorted, so two
    // batches never wait on each other in a cycle.
    const phones = batch.map((r) => r.names.normalizedPhone).filter((p): p is string => !!p);
    if (phones.length) await this.repository.lockPhoneKeys(tx, phones);
    const plans = await this.plan(tx, ctx, batch);
    const creates = plans.filter((p): p is Extract<Plan, { kind: 'create' }> => p.kind === 'create').map((p) => p.row);
    const updates = plans.filter((p): p is Extract<Plan, { kind: 'update' }> => p.kind === 'update');
    const out: ImportRowDto[] = plans.filter((p): p is Extract<Plan, { kind: 'duplicate' }> => p.kind === 'duplicate').map((p) => p.report);
    try {
      out.push(...(await this.insertCustomers(tx, ctx, creates)));
      out.push(...(await this.updateCustomers(tx, ctx, updates)));
      if (creates.length && !exact) {
        // Holding phone keys now: waiting for the owner's lock could deadlock with an entry of theirs (owner first,
        // then phone). Busy counts as contended: the batch reruns exactly, taking the locks in that order.
        const locked = await this.repository.tryLockOwnerClaims(tx, ctx.principal.userId);
        if (!locked || (await ownedProtectedCount(tx, ctx.principal.userId)) > ctx.owned.limit) throw new OwnedLimitOvershoot();
      }
    } catch (error) {
      // Rolled back: the rows it would have created leave the limit to the rows that follow.
      ctx.owned.remaining += creates.length;
      throw error;
    }
    return out;
  }

  /** The importer's entry lock (as POST /customers and claims take it): their owned-customer count cannot move while held. */
  private async lockOwner(tx: EntityManager, ctx: ImportContext): Promise<void> {
    await lockOwnerClaims(tx, ctx.principal.userId);
  }

  /** A row past the importer's `maxOwnedCustomers`: rejected, naming the limit (DOMAIN §3). */
  private overLimit(row: ValidRow, ctx: ImportContext): Plan {
    return {
      kind: 'duplicate',
      row,
      report: {
        row: row.row,
        outcome: 'rejected',
        reason: `owned-customer limit reached: you may own at most ${ctx.owned.limit} protected customers (maxOwnedCustomers)`,
      },
    };
  }

  /** Decides per row: create, update (upsert), or duplicate of an existing customer. */
  private async plan(manager: EntityManager, ctx: ImportContext, batch: ValidRow[]): Promise<Plan[]> {
    const [existing, byContactMobile] = await Promise.all([this.lookupExisting(manager, ctx.principal, batch), this.lookupContactMobiles(manager, ctx.principal, batch)]);
    const byName = new Map(existing.map((e) => [e.normalized_name, e]));
    const byExternal = new Map(existing.filter((e) => e.external_id).map((e) => [e.external_id as string, e]));
    const byPhone = new Map<string, ExistingCustomer[]>();
    for (const e of existing) if (e.normalized_phone) byPhone.set(e.normalized_phone, [...(byPhone.get(e.normalized_phone) ?? []), e]);
    const targeted = new Set<string>();

    return batch.map((row): Plan => {
      const externalId = row.dto.externalId ?? null;
      const phone = row.names.normalizedPhone;
      // `byContact`: the match is a contact's mobile, personal data — outside the importer's scope it does not name the customer.
      const duplicate = (e: ExistingCustomer, field: string, what: string, byContact = false): Plan => ({
        kind: 'duplicate',
        row,
        report: {
          row: row.row,
          outcome: 'duplicate',
          field,
          reason: e.visible
            ? `${what} already used by ${e.name} (${e.code})`
            : byContact
              ? `${what} already used by a customer outside your data scope`
              : `${what} already used by ${e.name}, outside your data scope`,
          ...(e.visible ? { customerId: e.id, code: e.code } : {}),
        },
      });
      let target: ExistingCustomer | undefined;
      if (ctx.mode === 'upsert') {
        target = (externalId ? byExternal.get(externalId) : undefined) ?? byName.get(row.names.normalizedName);
        if (target && !target.visible)
          return duplicate(target, target.external_id === externalId && externalId ? 'externalId' : 'name', 'this customer is');
        if (target && targeted.has(target.id)) return duplicate(target, 'name', 'another row of this file updates the customer');
      }
      const sameName = byName.get(row.names.normalizedName);
      if (sameName && sameName !== target) return duplicate(sameName, 'name', 'the name');
      const samePhone = phone ? byPhone.get(phone)?.find((e) => e !== target) : undefined;
      if (samePhone) return duplicate(samePhone, 'phone', 'the phone');
      const other = (e: ExistingCustomer) => e.id !== target?.id;
      const phoneAsMobile = phone ? byContactMobile.get(phone)?.find(other) : undefined;
      if (phoneAsMobile) return duplicate(phoneAsMobile, 'phone', 'the phone (as a contact’s mobile)', true);
      const mobile = row.contact?.normalizedMobile;
      const mobileAsPhone = mobile ? byPhone.get(mobile)?.find((e) => e !== target) : undefined;
      if (mobileAsPhone) return duplicate(mobileAsPhone, 'contactMobile', 'the contact mobile (as a phone)');
      const mobileUsed = mobile ? byContactMobile.get(mobile)?.find(other) : undefined;
      if (mobileUsed) return duplicate(mobileUsed, 'contactMobile', 'the contact mobile', true);
      const sameExternal = externalId ? byExternal.get(externalId) : undefined;
      if (sameExternal && sameExternal !== target) return duplicate(sameExternal, 'externalId', 'the external id');
      if (target) {
        targeted.add(target.id);
        return { kind: 'update', row, target };
      }
      if (ctx.owned.remaining <= 0) return this.overLimit(row, ctx);
      ctx.owned.remaining--;
      return { kind: 'create', row };
    });
  }

  private dryReport(plan: Plan): ImportRowDto {
    if (plan.kind === 'duplicate') return plan.report;
    if (plan.kind === 'update') return { row: plan.row.row, outcome: 'updated', customerId: plan.target.id, code: plan.target.code };
    return { row: plan.row.row, outcome: 'created' };
  }

  private async insertCustomers(tx: EntityManager, ctx: ImportContext, rows: ValidRow[]): Promise<ImportRowDto[]> {
    if (!rows.length) return [];
    // Codes in their own short transaction: taken inside the batch, the sequence row would stay locked until the
    // batch commits and make concurrent batches wait for each other. A batch that rolls back leaves a gap.
    const codes = await nextCustomerCodes(this.db.manager, ctx.prefix, ctx.now, ctx.timeZone, rows.length);
    const ids: string[] = rows.map(() => randomUUID());
    const derived = rows.map((r, i) =>
      this.naming.derive({ name: r.dto.name, shortName: r.dto.shortName ?? null, code: codes[i], phone: r.dto.phone }, ctx.legalForms),
    );
    await this.repository.insertCustomers(tx, {
      ids,
      codes,
      rows: rows.map((r, i) => ({ dto: r.dto, names: derived[i] })),
      ownerId: ctx.principal.userId,
      departmentId: ctx.principal.departmentId,
      status: CustomerStatus.Potential,
      protectionUntil: ctx.protectionUntil,
      at: ctx.now,
    });
    const withContact = rows
      .map((r, i) => ({ id: ids[i], contact: r.contact }))
      .filter((x): x is { id: string; contact: ContactRow } => !!x.contact);
    await this.insertContacts(tx, ctx, withContact, true);
    return rows.map((r, i) => ({ row: r.row, outcome: 'created' as const, customerId: ids[i], code: codes[i] }));
  }

  private async updateCustomers(
    tx: EntityManager,
    ctx: ImportContext,
    plans: Array<{ row: ValidRow; target: ExistingCustomer }>,
  ): Promise<ImportRowDto[]> {
    if (!plans.length) return [];
    const derived = plans.map(({ row, target }) =>
      this.naming.derive(
        { name: row.dto.name, shortName: row.dto.shortName ?? target.short_name, code: target.code, phone: row.dto.phone },
        ctx.legalForms,
      ),
    );
    await this.repository.updateCustomers(tx, {
      ids: plans.map((p) => p.target.id),
      rows: plans.map((p, i) => ({ dto: p.row.dto, names: derived[i] })),
      actorId: ctx.principal.userId,
      at: ctx.now,
    });
    const withContact = plans
      .map((p) => ({ id: p.target.id, contact: p.row.contact }))
      .filter((x): x is { id: string; contact: ContactRow } => !!x.contact);
    await this.insertContacts(tx, ctx, withContact, false);
    return plans.map((p) => ({ row: p.row.row, outcome: 'updated' as const, customerId: p.target.id, code: p.target.code }));
  }

  /** New customers get their contact as primary; an updated customer gets it only if no live contact has that name yet. */
  private async insertContacts(
    tx: EntityManager,
    ctx: ImportContext,
    rows: Array<{ id: string; contact: ContactRow }>,
    fresh: boolean,
  ): Promise<void> {
    if (!rows.length) return;
    await this.repository.insertContacts(
      tx,
      rows.map((r) => ({ customerId: r.id, ...r.contact, namePinyin: pinyinKeys(r.contact.name) })),
      fresh,
      ctx.principal.userId,
    );
  }

  /** Reads one row into a validated CreateCustomerDto (same rules as POST /customers) or a rejection. */
  private parseRow(
    row: number,
    columns: Array<Column | undefined>,
    cells: string[],
    lookups: Lookups,
    legalForms: string[],
  ): ValidRow | { report: ImportRowDto } {
    const raw: Record<string, unknown> = {};
    const contactRaw: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const cell = cells[i]?.trim() ?? '';
      if (!column || column.exportOnly || cell === '' || column.key in raw || column.key in contactRaw) continue;
      if (CONTACT_KEY_SET.has(column.key)) {
        contactRaw[column.key] = cell;
        continue;
      }
      const value = this.cellValue(column, cell, lookups);
      if (isCellError(value)) return { report: { row, outcome: 'rejected', field: column.key, reason: value.error } };
      raw[column.key] = value;
    }
    // The rule every request field obeys (input-rules.ts): text PostgreSQL can store.
    const unsafe = unsafeTextErrors({ ...raw, ...contactRaw })[0];
    if (unsafe) return { report: { row, outcome: 'rejected', field: unsafe.field, reason: unsafe.message } };
    const fast = fastValidators();
    // Cells are trimmed already, so the DTO's trim transforms change nothing: the plain object is the DTO.
    let dto = raw as unknown as CreateCustomerDto;
    if (!fast.customer?.(raw)) {
      dto = plainToInstance(CreateCustomerDto, raw);
      const errors = flattenValidationErrors(validateSync(dto, VALIDATOR));
      if (errors.length) {
        const first = errors[0];
        return { report: { row, outcome: 'rejected', field: first.field, reason: first.field in raw ? first.message : 'is required' } };
      }
    }
    let contact: ContactRow | null = null;
    if (Object.keys(contactRaw).length) {
      if (!contactRaw.contactName)
        return { report: { row, outcome: 'rejected', field: 'contactName', reason: 'is required when other contact columns are filled' } };
      const plain: Record<string, unknown> = {
        name: contactRaw.contactName,
        mobile: contactRaw.contactMobile,
        title: contactRaw.contactTitle,
        email: contactRaw.contactEmail,
      };
      let c = plain as unknown as CreateContactDto;
      const contactErrors = fast.contact?.(plain)
        ? []
        : flattenValidationErrors(validateSync((c = plainToInstance(CreateContactDto, plain)), VALIDATOR));
      if (contactErrors.length) {
        const first = contactErrors[0];
        return {
          report: {
            row,
            outcome: 'rejected',
            field: `contact${first.field[0].toUpperCase()}${first.field.slice(1)}`,
            reason: first.message,
          },
        };
      }
      contact = { name: c.name, mobile: c.mobile ?? null, normalizedMobile: normalizePhone(c.mobile), title: c.title ?? null, email: c.email ?? null };
    }
    const names = this.naming.derive({ name: dto.name, shortName: dto.shortName ?? null, code: '', phone: dto.phone }, legalForms);
    if (!names.normalizedName) return { report: { row, outcome: 'rejected', field: 'name', reason: 'has no letters or digits' } };
    return { row, dto, contact, names };
  }

  private cellValue(column: Column, cell: string, lookups: Lookups): unknown {
    switch (column.kind) {
      case 'int':
        return /^\d+$/.test(cell) ? Number(cell) : cell;
      case 'money':
        return cell.replace(/[,，\s]/g, '');
      case 'dictionary': {
        const code = lookups.dictionaries.get(column.dictionary as string)?.get(cell.toLowerCase());
        return code ?? { error: `"${cell}" is not an item of the ${column.dictionary} dictionary` };
      }
      case 'category': {
        if (UUID.test(cell) && lookups.categories.has(cell.toLowerCase())) return cell.toLowerCase();
        const id = lookups.categories.get(`name:${cell}`);
        if (id === undefined) return { error: `no category "${cell}"` };
        if (id === null) return { error: `several categories are called "${cell}"; use its id` };
        return id;
      }
      default:
        return cell;
    }
  }

  /** Second and later rows with the name, phone or external id of an earlier valid row are duplicates. */
  private inFileDuplicate(row: ValidRow, seen: Map<string, number>): ImportRowDto | null {
    const keys: Array<[string, string, string]> = [[`n:${row.names.normalizedName}`, 'name', 'the name']];
    if (row.names.normalizedPhone) keys.push([`p:${row.names.normalizedPhone}`, 'phone', 'the phone']);
    // A contact mobile identifies its company like a phone: it may not repeat another row's phone or contact mobile.
    if (row.contact?.normalizedMobile && row.contact.normalizedMobile !== row.names.normalizedPhone) {
      keys.push([`p:${row.contact.normalizedMobile}`, 'contactMobile', 'the contact mobile']);
    }
    if (row.dto.externalId) keys.push([`e:${row.dto.externalId}`, 'externalId', 'the external id']);
    for (const [key, field, what] of keys) {
      const first = seen.get(key);
      if (first !== undefined) return { row: row.row, outcome: 'duplicate', field, reason: `${what} repeats row ${first} of this file` };
    }
    for (const [key] of keys) seen.set(key, row.row);
    return null;
  }

  private async lookups(): Promise<Lookups> {
    const dictionaries = new Map<string, Map<string, string>>();
    for (const column of IMPORT_COLUMNS) {
      if (column.kind !== 'dictionary' || !column.dictionary || dictionaries.has(column.dictionary)) continue;
      const list = await this.dictionaries.get(column.dictionary, true);
      const map = new Map<string, string>();
      // Labels first, codes last: a code always means itself.
      for (const item of list.items) {
        if (item.labelEn) map.set(item.labelEn.toLowerCase(), item.code);
        map.set(item.label.toLowerCase(), item.code);
      }
      for (const item of list.items) map.set(item.code.toLowerCase(), item.code);
      dictionaries.set(column.dictionary, map);
    }
    const rows = await this.repository.liveCategories();
    const categories = new Map<string, string | null>();
    for (const r of rows) {
      categories.set(r.id, r.id);
      categories.set(`name:${r.name}`, categories.has(`name:${r.name}`) ? null : r.id);
    }
    return { dictionaries, categories };
  }
}
