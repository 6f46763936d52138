import { Injectable, OnModuleInit } from '@nestjs/common';
import { hasPermission, Principal, ReminderDto, ReminderRegistry } from '@kehu/server-core';
import { dayKeyIn, RulesService, startOfDayIn } from '@kehu/server-settings';
import { OverdueRepository } from './overdue.repository';

/**
 * 回款预警 in GET /reminders (issue 22 item 4): instalments past their due date and not fully paid,
 * from the day after the due date in the business time zone. The owner of the contract sees his;
 * finance (who confirms payments) sees every one. Derived at read time, so a payment confirmed a
 * moment ago already removes it.
 */
@Injectable()
export class ReceivableReminders implements OnModuleInit {
  constructor(
    private readonly registry: ReminderRegistry,
    private readonly rules: RulesService,
    private readonly repository: OverdueRepository,
  ) {}

  onModuleInit(): void {
    this.registry.register({ kind: 'overdue-instalment', remindersFor: (principal, now) => this.overdue(principal, now) });
  }

  async overdue(principal: Principal, now: Date): Promise<ReminderDto[]> {
    if (!hasPermission(principal, 'receivable:read')) return [];
    const { businessTimeZone } = await this.rules.getMany(['businessTimeZone'] as const);
    const rows = await this.repository.overdueInstalments(principal.userId, hasPermission(principal, 'payment:confirm'), dayKeyIn(now, businessTimeZone));
    return rows.map((r) => ({
      kind: 'overdue-instalment',
      subjectType: 'contract',
      subjectId: r.contract_id,
      title: r.contract_number,
      detail: `第 ${r.number} 期回款，应收 ${r.outstanding}，到期 ${r.due_date}`,
      params: { phrase: 'overdueInstalment', instalment: String(r.number), outstanding: r.outstanding, dueDate: r.due_date },
      dueAt: startOfDayIn(r.due_date, businessTimeZone).toISOString(),
      allDay: true,
      overdue: true,
    }));
  }
}
