import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PageDto, Principal, toPage } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { ReceivablePlansService } from '../plans/receivable-plans.service';
import { InstalmentListItemDto, InstalmentListQueryDto } from './instalment-list.dto';
import { INSTALMENT_COUNT_CAP, InstalmentListRow, OverdueRepository } from './overdue.repository';

/** Instalments across contracts: the instalment list and its overdue view 回款预警. */
@Injectable()
export class OverdueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: ReceivablePlansService,
    private readonly repository: OverdueRepository,
  ) {}

  async page(principal: Principal, query: InstalmentListQueryDto): Promise<PageDto<InstalmentListItemDto>> {
    const today = await this.plans.today(this.db.manager);
    const { rows, total } = await this.repository.page(principal, query, today);
    return toPage(rows.map(toInstalmentListItemDto), total, query, { cap: INSTALMENT_COUNT_CAP });
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
