import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContractFacade } from '@kehu/server-contract';
import { CustomerFacade } from '@kehu/server-customer';
import { money, Principal } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { ReceivablePlansService } from '../plans/receivable-plans.service';
import { AgingAmountsDto, AgingReportDto } from './aging.dto';
import { CustomerReceivableSummaryDto } from './customer-receivables.dto';
import { AgingGroup, AgingRow, ReceivableReportsRepository } from './receivable-reports.repository';

/** Receivable reports: figures over many contracts, always within the caller's data scope. */
@Injectable()
export class ReceivableReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: ReceivablePlansService,
    private readonly contracts: ContractFacade,
    private readonly customers: CustomerFacade,
    private readonly repository: ReceivableReportsRepository,
  ) {}

  /** 账龄: what is overdue in the caller's scope, bucketed by days past due on today (business time zone). */
  async aging(principal: Principal, groupBy: AgingGroup): Promise<AgingReportDto> {
    const today = await this.plans.today(this.db.manager);
    return toAgingReport(today, groupBy, await this.repository.aging(principal, groupBy, today));
  }

  /**
   * What the customer owes over his signed contracts that the caller sees (contract data scope): a rep
   * sees his own contracts' figures on a customer he shares with others. A customer outside the
   * caller's customer scope does not exist (404).
   */
  async customerSummary(principal: Principal, customerId: string): Promise<CustomerReceivableSummaryDto> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      await this.customers.assertVisible(principal, customerId, tx);
      const contracts = await this.contracts.signedOfCustomer(tx, principal, customerId);
      const figures = await this.repository.contractsFigures(
        tx,
        contracts.map((c) => c.id),
        await this.plans.today(tx),
      );
      const contractAmount = money.sum(contracts.map((c) => c.total));
      return {
        contractAmount,
        received: figures.received,
        pending: figures.pending,
        outstanding: money.format(money.parse(contractAmount).minus(figures.received)),
        overdue: figures.overdue,
      };
    });
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
