import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, PageDto, Principal, toPage, writeAudit } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { ReceivablePlansService } from '../plans/receivable-plans.service';
import { InstalmentListItemDto, InstalmentListQueryDto } from './instalment-list.dto';
import { INSTALMENT_COUNT_CAP, InstalmentListRow, OverdueRepository } from './overdue.repository';

/** Instalments across contracts: the instalment list and its overdue view 回款预警. */
@Injectable()
export class OverdueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly plans: ReceivablePlansService,
    private readonly repository: OverdueRepository,
  ) {}

  async page(principal: Principal, query: InstalmentListQueryDto): Promise<PageDto<InstalmentListItemDto>> {
    const today = await this.plans.today(this.db.manager);
    const { rows, total } = await this.repository.page(principal, query, today);
    return toPage(rows.map(toInstalmentListItemDto), total, query, { cap: INSTALMENT_COUNT_CAP });
  }

  /**
   * The overdue job: marks every instalment past its due date and not fully paid, clears the marks of
   * those paid or re-planned since, in one set-based transaction, and audits the run. Idempotent: a
   * second run on the same day finds nothing to do. Concurrent runs are kept apart by the job
   * registry's advisory lock; were two to overlap anyway, the second's UPDATE re-checks each row the
   * first changed (`overdue_since IS NULL`) and skips it.
   */
  async markOverdue(): Promise<{ today: string; marked: number; cleared: number }> {
    const now = this.clock.now();
    const today = await this.plans.today(this.db.manager);
    const counts = await this.repository.refreshAll(today, now);
    await writeAudit(this.db.manager, {
      action: 'MARK_OVERDUE',
      entityType: 'ReceivableInstalment',
      entityId: null,
      after: { job: 'receivable-overdue', today, ...counts, at: now.toISOString() },
      actorId: null,
      actorName: 'system',
    });
    return { today, ...counts };
  }
}

export function toInstalmentListItemDto(r: InstalmentListRow): InstalmentListItemDto {
  return {
    id: r.id,
    contractId: r.contract_id,
    contractNumber: r.contract_number,
    customerId: r.customer_id,
    customerName: r.customer_name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    number: r.number,
    dueDate: r.due_date,
    amount: r.amount,
    received: r.received,
    outstanding: r.outstanding,
    state: r.state,
    daysOverdue: r.days_overdue,
  };
}
