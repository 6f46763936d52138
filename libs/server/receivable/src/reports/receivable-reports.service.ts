import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContractFacade } from '@kehu/server-contract';
import { CustomerFacade } from '@kehu/server-customer';
import { csvSafeRow, money, Principal, RequestValidationError, writeAudit } from '@kehu/server-core';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { ReceivablePlansService } from '../plans/receivable-plans.service';
import { AGING_CSV_AMOUNT_LABELS, AGING_CSV_GROUP_LABELS, AGING_CSV_TOTALS_LABEL, AGING_CSV_UNNAMED_LABEL, AgingAmountsDto, AgingQueryDto, AgingReportDto } from './aging.dto';
import { MAX_REPORT_MONTHS, PlanVsActualQueryDto, PlanVsActualReportDto } from './plan-vs-actual.dto';
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
   * The aging report as JSON, or as a CSV file when asked (`format=csv`, or `Accept: text/csv`
   * without a format): headers are the aging page's labels, text cells formula-safe as every CSV
   * export writes them; the export is audited.
   */
  async agingAnswer(principal: Principal, query: AgingQueryDto, accept: string | undefined): Promise<AgingReportDto | StreamableFile> {
    const report = await this.aging(principal, query.groupBy ?? 'customer');
    const csv = query.format ? query.format === 'csv' : /\btext\/csv\b/i.test(accept ?? '');
    if (!csv) return report;
    const groupBy = query.groupBy ?? 'customer';
    const rows = [
      [AGING_CSV_GROUP_LABELS[groupBy], ...AGING_CSV_AMOUNT_LABELS.map(([, label]) => label)],
      ...report.rows.map((r) => [r.name ?? AGING_CSV_UNNAMED_LABEL, ...AGING_CSV_AMOUNT_LABELS.map(([key]) => r[key])]),
      [AGING_CSV_TOTALS_LABEL, ...AGING_CSV_AMOUNT_LABELS.map(([key]) => report.totals[key])],
    ];
    // Excel opens UTF-8 CSV correctly only with a BOM; names a spreadsheet would run as formulas get a leading '.
    const body = Buffer.from(`\uFEFF${stringify(rows.map(csvSafeRow))}`, 'utf8');
    await writeAudit(this.db.manager, { action: 'EXPORT', entityType: 'receivable-aging', after: { format: 'csv', groupBy, asOf: report.asOf, rows: report.rows.length } });
    return new StreamableFile(body, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="receivables-aging-${groupBy}-${report.asOf.replace(/-/g, '')}.csv"`,
    });
  }

  /**
   * 回款计划与实际: per month of the range, what fell due and what was collected, over the caller's
   * contracts. The range defaults to the twelve months ending with this month (business time zone).
   */
  async planVsActual(principal: Principal, query: PlanVsActualQueryDto): Promise<PlanVsActualReportDto> {
    const today = await this.plans.today(this.db.manager);
    const to = query.to ?? today.slice(0, 7);
    const from = query.from ?? shiftMonth(to, -11);
    const months = monthIndex(to) - monthIndex(from) + 1;
    if (months < 1) throw new RequestValidationError([{ field: 'from', message: `must not be after to (${to})`, code: 'range' }]);
    if (months > MAX_REPORT_MONTHS) throw new RequestValidationError([{ field: 'from', message: `the range covers at most ${MAX_REPORT_MONTHS} months`, code: 'range' }]);
    const rows = await this.repository.planVsActual(principal, `${from}-01`, `${to}-01`);
    return {
      from,
      to,
      rows,
      totals: { planned: money.sum(rows.map((r) => r.planned)), collected: money.sum(rows.map((r) => r.collected)) },
    };
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

/** Months since year 0, for month arithmetic on YYYY-MM. */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function shiftMonth(month: string, by: number): string {
  const index = monthIndex(month) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
