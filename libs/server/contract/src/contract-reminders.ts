import { Injectable, OnModuleInit } from '@nestjs/common';
import { Principal, ReminderDto, ReminderRegistry } from '@kehu/server-core';
import { dayKeyIn, RulesService, startOfDayIn } from '@kehu/server-settings';
import { ContractRepository } from './contract.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Contract reminders in GET /reminders (issue 21 item 7): my active contracts ending within
 * `contractEndingRemindDays`, and my reserved numbers lapsing within `contractNumberExpiringRemindDays`.
 * Each stays until the contract is completed or renewed, or the number is used or voided.
 */
@Injectable()
export class ContractReminders implements OnModuleInit {
  constructor(
    private readonly registry: ReminderRegistry,
    private readonly rules: RulesService,
    private readonly repository: ContractRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ kind: 'contract-ending', remindersFor: (principal, now) => this.ending(principal, now) });
    this.registry.register({ kind: 'contract-number-expiring', remindersFor: (principal, now) => this.expiringNumbers(principal, now) });
  }

  async ending(principal: Principal, now: Date): Promise<ReminderDto[]> {
    const { contractEndingRemindDays: days, businessTimeZone } = await this.rules.getMany(['contractEndingRemindDays', 'businessTimeZone'] as const);
    const today = dayKeyIn(now, businessTimeZone);
    const until = dayKeyIn(new Date(now.getTime() + days * DAY_MS), businessTimeZone);
    const rows = await this.repository.endingContracts(principal.userId, until);
    return rows.map((r) => ({
      kind: 'contract-ending',
      subjectType: 'contract',
      subjectId: r.id,
      title: `${r.number} ${r.title}`,
      detail: `到期 ${r.end_date}`,
      params: { phrase: 'contractEnding', endDate: r.end_date },
      dueAt: startOfDayIn(r.end_date, businessTimeZone).toISOString(),
      allDay: true,
      overdue: r.end_date < today,
    }));
  }

  async expiringNumbers(principal: Principal, now: Date): Promise<ReminderDto[]> {
    const days = await this.rules.get('contractNumberExpiringRemindDays');
    const rows = await this.repository.expiringReservations(principal.userId, new Date(now.getTime() + days * DAY_MS));
    return rows.map((r) => ({
      kind: 'contract-number-expiring',
      subjectType: 'contract-number',
      subjectId: r.id,
      title: r.number,
      detail: '预领合同编号即将作废',
      params: { phrase: 'numberExpiring' },
      dueAt: new Date(r.expires_at).toISOString(),
      allDay: false,
      overdue: new Date(r.expires_at).getTime() <= now.getTime(),
    }));
  }
}
