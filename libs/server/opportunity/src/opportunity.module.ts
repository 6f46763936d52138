import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerPermissions } from '@kehu/server-core';
import { ApprovalModule } from '@kehu/server-approval';
import { CustomerModule } from '@kehu/server-customer';
import { ProductModule } from '@kehu/server-product';
import { Opportunity } from './entities/opportunity.entity';
import { OpportunityStageChange } from './entities/opportunity-stage-change.entity';
import { OpportunityStageSetting } from './entities/opportunity-stage-setting.entity';
import { PlanItem } from './entities/plan-item.entity';
import { Quote } from './entities/quote.entity';
import { QuoteLine } from './entities/quote-line.entity';
import { QuotesController } from './quotes.controller';
import { QuotesService } from './quotes.service';
import { FunnelController } from './funnel.controller';
import { FunnelService } from './funnel.service';
import { OpportunitiesController, OpportunityStagesController } from './opportunities.controller';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityFacade } from './opportunity.facade';
import { OPPORTUNITY_PERMISSIONS } from './opportunity.permissions';
import { OpportunityRepository } from './opportunity.repository';
import { PlanItemsController } from './plan-items.controller';
import { PlanItemsService } from './plan-items.service';

/** Opportunities, development plans, quotes and the funnel (DOMAIN §4). */
@Module({
  imports: [ApprovalModule, CustomerModule, ProductModule, TypeOrmModule.forFeature([Opportunity, OpportunityStageChange, OpportunityStageSetting, PlanItem, Quote, QuoteLine])],
  controllers: [OpportunityStagesController, FunnelController, QuotesController, OpportunitiesController, PlanItemsController],
  providers: [registerPermissions(OPPORTUNITY_PERMISSIONS), OpportunityRepository, OpportunitiesService, PlanItemsService, QuotesService, FunnelService, OpportunityFacade],
  exports: [OpportunityFacade],
})
export class OpportunityModule {}
