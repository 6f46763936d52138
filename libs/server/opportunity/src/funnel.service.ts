import { Injectable } from '@nestjs/common';
import { money, notFound, Principal } from '@kehu/server-core';
import Decimal from 'decimal.js';
import { FunnelDto, FunnelQueryDto } from './dto/funnel.dto';
import { OpportunitiesService } from './opportunities.service';
import { FunnelFilter, OpportunityRepository } from './opportunity.repository';

/** The sales funnel 销售漏斗 (DOMAIN §4, §11): one scoped SQL aggregate, shaped here in dictionary stage order. */
@Injectable()
export class FunnelService {
  constructor(
    private readonly repository: OpportunityRepository,
    private readonly opportunities: OpportunitiesService,
  ) {}

  async funnel(principal: Principal, query: FunnelQueryDto): Promise<FunnelDto> {
    const filter: FunnelFilter = { closeFrom: query.closeFrom, closeTo: query.closeTo };
    if (query.view === 'me') filter.ownerId = principal.userId;
    if (query.view === 'department') filter.departmentIds = principal.departmentId ? [principal.departmentId] : [];
    if (query.departmentId) {
      // A department outside the caller's scope is answered like a missing one.
      if (principal.scopeDepartmentIds !== null && !principal.scopeDepartmentIds.includes(query.departmentId)) throw notFound('Department', query.departmentId);
      filter.departmentSubtreeOf = query.departmentId;
    }
    const [row, stages] = await Promise.all([this.repository.funnel(principal, filter), this.opportunities.stages()]);
    const byStage = new Map(row.stages.map((s) => [s.stage, s]));
    const reached = new Map(row.reached.map((r) => [r.stage, r.n]));
    const open = stages.filter((s) => s.open);
    const percent = (part: number, whole: number) => (whole ? new Decimal(part).times(100).dividedBy(whole).toFixed(2, Decimal.ROUND_HALF_UP) : null);
    return {
      stages: stages.map((s) => {
        const at = open.findIndex((o) => o.code === s.code);
        const next = at < 0 ? null : at + 1 < open.length ? open[at + 1].code : 'won';
        const entered = reached.get(s.code) ?? 0;
        return {
          stage: s.code,
          label: s.label,
          labelEn: s.labelEn,
          count: byStage.get(s.code)?.n ?? 0,
          amount: money.format(byStage.get(s.code)?.amount ?? 0),
          weightedAmount: money.format(byStage.get(s.code)?.weighted ?? 0),
          reached: entered,
          conversionToNext: next ? percent(reached.get(next) ?? 0, entered) : null,
        };
      }),
      wonCount: row.won,
      lostCount: row.lost,
      winRate: percent(row.won, row.won + row.lost),
      averageCycleDays: row.cycle_days === null ? null : Number(row.cycle_days),
      forecast: row.forecast.map((f) => ({ month: f.month, count: f.n, amount: money.format(f.amount), weightedAmount: money.format(f.weighted) })),
    };
  }
}
