import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, PageDto, Principal, toPage, writeAudit } from '@kehu/server-core';
import { RulesService } from '@kehu/server-settings';
import { DataSource, EntityManager } from 'typeorm';
import { ContractError, ContractErrorCode } from '../contract.exception';
import { ContractNumberStatus, formatContractNumber, periodOf, reservationExpiry } from './contract-number-rules';
import { ContractNumberRepository, ContractNumberRow, NUMBER_COUNT_CAP } from './contract-number.repository';
import { ContractNumberDto, ContractNumberQueryDto, ContractNumberVoidQueryDto, toContractNumberDto } from './contract-number.dto';

/** Why a number became void: its reservation lapsed unused. */
export const VOID_REASON_EXPIRED = 'EXPIRED';
/** Why a number became void: the draft that bore it was deleted. */
export const VOID_REASON_DRAFT_DELETED = 'DRAFT_DELETED';

/**
 * Contract numbers (DOMAIN §6): issued from one counter per month, so they are unique and
 * consecutive; a rep may reserve 预领 one ahead of the contract, theirs for `contractNumberReservationDays`;
 * an unused reservation is voided by the daily job, and a void number is kept on record, never reissued.
 */
@Injectable()
export class ContractNumbersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly rules: RulesService,
    private readonly numbers: ContractNumberRepository,
  ) {}

  /** 预领: reserves the next number for the caller. */
  reserve(principal: Principal): Promise<ContractNumberDto> {
    return this.db.transaction(async (tx) => {
      const days = await this.rules.get('contractNumberReservationDays', tx);
      const now = this.clock.now();
      const row = await this.issue(tx, principal, ContractNumberStatus.Reserved, reservationExpiry(now, days));
      return toContractNumberDto(row);
    });
  }

  /** A new number straight onto a contract being created (no reservation), in the caller's transaction. */
  async allocate(tx: EntityManager, principal: Principal): Promise<ContractNumberDto> {
    return toContractNumberDto(await this.issue(tx, principal, ContractNumberStatus.Used, null));
  }

  /**
   * Puts the caller's reservation `number` onto a contract being created, in the caller's
   * transaction. Refused, naming `number`, when it was never issued, is someone else's, is already
   * used, or has lapsed (then it is void for good, even if the job has not run yet).
   */
  async consumeReservation(tx: EntityManager, number: string, principal: Principal): Promise<ContractNumberDto> {
    const row = await this.numbers.findForUpdate(tx, number);
    const refuse = (code: ContractErrorCode, message: string) =>
      new ContractError(code, `${number}: ${message}`, { errors: [{ field: 'number', message, code }] });
    if (!row) throw refuse(ContractErrorCode.NumberUnknown, 'was never issued');
    if (row.status === ContractNumberStatus.Used) throw refuse(ContractErrorCode.NumberUsed, 'is already on a contract');
    if (row.status === ContractNumberStatus.Void) throw refuse(ContractErrorCode.NumberExpired, 'is void: its reservation lapsed');
    if (row.owner_id !== principal.userId) throw refuse(ContractErrorCode.NumberReservedByOther, 'is reserved by someone else');
    const now = this.clock.now();
    if (row.expires_at && new Date(row.expires_at).getTime() <= now.getTime()) {
      throw refuse(ContractErrorCode.NumberExpired, `lapsed at ${new Date(row.expires_at).toISOString()}`);
    }
    await this.numbers.markUsed(tx, row.id, now);
    await writeAudit(tx, { action: 'USE', entityType: 'ContractNumber', entityId: row.id, before: { number, status: row.status }, after: { number, status: ContractNumberStatus.Used } });
    return toContractNumberDto(await this.numbers.getById(row.id, tx));
  }

  /**
   * The number of a deleted draft becomes VOID, in the caller's transaction: it stays on record for
   * the auditors' list of voids, and the counter never issues it again.
   */
  async voidOfDeletedDraft(tx: EntityManager, numberId: string): Promise<void> {
    const row = await this.numbers.getById(numberId, tx);
    await this.numbers.markVoid(tx, row.id, this.clock.now(), VOID_REASON_DRAFT_DELETED);
    await writeAudit(tx, {
      action: 'VOID',
      entityType: 'ContractNumber',
      entityId: row.id,
      before: { number: row.number, status: row.status, ownerId: row.owner_id },
      after: { number: row.number, status: ContractNumberStatus.Void, voidReason: VOID_REASON_DRAFT_DELETED },
    });
  }

  /** Numbers of owners the caller's scope covers: a rep their own, a manager their departments'. */
  async list(principal: Principal, query: ContractNumberQueryDto): Promise<PageDto<ContractNumberDto>> {
    const { rows, total } = await this.numbers.pageVisible(principal, { status: query.status }, pageOf(query));
    return toPage(rows.map(toContractNumberDto), total, query, { cap: NUMBER_COUNT_CAP });
  }

  /** Every voided number, for auditors (not scoped: a gap must be explainable whoever reserved it). */
  async voids(query: ContractNumberVoidQueryDto): Promise<PageDto<ContractNumberDto>> {
    const { rows, total } = await this.numbers.pageVoids({ period: query.period }, pageOf(query));
    return toPage(rows.map(toContractNumberDto), total, query);
  }

  /** The daily job: voids every reservation whose time is up (each audited). */
  async expireDue(): Promise<{ voided: number }> {
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const due = await this.numbers.dueReservations(tx, now);
      for (const row of due) {
        await this.numbers.markVoid(tx, row.id, now, VOID_REASON_EXPIRED);
        await writeAudit(tx, {
          action: 'VOID',
          entityType: 'ContractNumber',
          entityId: row.id,
          before: { number: row.number, status: row.status, ownerId: row.owner_id },
          after: { number: row.number, status: ContractNumberStatus.Void, voidReason: VOID_REASON_EXPIRED },
          actorId: null,
          actorName: 'system',
        });
      }
      return { voided: due.length };
    });
  }

  private async issue(tx: EntityManager, principal: Principal, status: ContractNumberStatus, expiresAt: Date | null): Promise<ContractNumberRow> {
    const { contractNumberPattern: pattern, contractNumberPrefix: prefix, businessTimeZone: timeZone } = await this.rules.getMany(
      ['contractNumberPattern', 'contractNumberPrefix', 'businessTimeZone'] as const,
      tx,
    );
    const now = this.clock.now();
    const period = periodOf(now, timeZone);
    const seq = await this.numbers.nextSeq(tx, period.key);
    const number = formatContractNumber(pattern, { prefix, period, seq });
    const row = await this.numbers.insert(tx, { number, period: period.key, seq, status, ownerId: principal.userId, departmentId: principal.departmentId, now, expiresAt });
    await writeAudit(tx, { action: status === ContractNumberStatus.Reserved ? 'RESERVE' : 'ALLOCATE', entityType: 'ContractNumber', entityId: row.id, after: { number, status, expiresAt } });
    return row;
  }
}

function pageOf(query: { page: number; pageSize: number; sort?: string }): { limit: number; offset: number; sort?: string } {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize, sort: query.sort };
}

