import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { money, Principal } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { ReceivablePlansService } from '../plans/receivable-plans.service';
import { AgingGroup, AgingRow, ReceivableRepository } from '../receivable.repository';
import { AgingAmountsDto, AgingReportDto } from './aging.dto';

/** Receivable reports: figures over many contracts, always within the caller's data scope. */
@Injectable()
export class ReceivableReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: ReceivablePlansService,
    private readonly repository: ReceivableRepository,
  ) {}

  /** 账龄: what is overdue in the caller's scope, bucketed by days past due on today (business time zone). */
  async aging(principal: Principal, groupBy: AgingGroup): Promise<AgingReportDto> {
    const today = await this.plans.today(this.db.manager);
    return toAgingReport(today, groupBy, await this.repository.aging(principal, groupBy, today));
  }
}

export function toAgingReport(asOf: string, groupBy: AgingGroup, rows: AgingRow[]): AgingReportDto {
  const column = (key: keyof AgingAmountsDto) => money.sum(rows.map((r) => r[key]));
  return {
    asOf,
    groupBy,
    rows,
    totals: { days0to30: column('days0to30'), days31to60: column('days31to60'), days61to90: column('days61to90'), over90: column('over90'), total: column('total') },
  };
}
