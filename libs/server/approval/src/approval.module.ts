import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerPermissions } from '@kehu/server-core';
import { ApprovalChainsController } from './approval-chains.controller';
import { ApprovalChainsService } from './approval-chains.service';
import { ApprovalHandlers } from './approval-handlers';
import { APPROVAL_PERMISSIONS } from './approval.permissions';
import { ApprovalService } from './approvals.service';
import { ApprovalsController } from './approvals.controller';
import { ApprovalChain } from './entities/approval-chain.entity';
import { ApprovalRequest } from './entities/approval-request.entity';
import { ApprovalStep } from './entities/approval-step.entity';
import { ApprovalAuditNames } from './audit-names';

/**
 * Generic approvals (DOMAIN §3, §6): chains, requests, the inbox. A domain module imports it,
 * registers its ApprovalHandler with ApprovalHandlers in onModuleInit and calls
 * ApprovalService.submit inside its own transactions.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ApprovalChain, ApprovalRequest, ApprovalStep])],
  controllers: [ApprovalsController, ApprovalChainsController],
  providers: [registerPermissions(...APPROVAL_PERMISSIONS), ApprovalService, ApprovalChainsService, ApprovalHandlers, ApprovalAuditNames],
  exports: [ApprovalService, ApprovalHandlers, ApprovalChainsService],
})
export class ApprovalModule {}
