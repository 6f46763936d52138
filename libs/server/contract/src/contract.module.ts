import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalModule } from '@kehu/server-approval';
import { registerPermissions } from '@kehu/server-core';
import { CustomerModule } from '@kehu/server-customer';
import { OpportunityModule } from '@kehu/server-opportunity';
import { ContractAmountListeners, ContractFacade, ContractNumberFacade } from './contract.facade';
import { CONTRACT_PERMISSIONS } from './contract.permissions';
import { ContractAttachmentsService } from './contract-attachments.service';
import { ContractAuditNames } from './contract-audit-names';
import { ContractReminders } from './contract-reminders';
import { ContractRepository } from './contract.repository';
import { ContractAttachmentsController, ContractsController } from './contracts.controller';
import { ContractOrderReviewHandler, ContractsService } from './contracts.service';
import { Contract } from './entities/contract.entity';
import { ContractLine } from './entities/contract-line.entity';
import { ContractRevision } from './entities/contract-revision.entity';
import { ContractNumberExpiryJob } from './numbers/contract-number-expiry.job';
import { ContractNumberRepository } from './numbers/contract-number.repository';
import { ContractNumbersController } from './numbers/contract-numbers.controller';
import { ContractNumbersService } from './numbers/contract-numbers.service';

/** Contracts (DOMAIN §6): numbers and reservations, drafts, approval, signing, amendments, custom-order review, attachments. */
@Module({
  imports: [ApprovalModule, CustomerModule, OpportunityModule, TypeOrmModule.forFeature([Contract, ContractRevision, ContractLine])],
  controllers: [ContractNumbersController, ContractsController, ContractAttachmentsController],
  providers: [
    registerPermissions(CONTRACT_PERMISSIONS),
    ContractNumbersService,
    ContractNumberRepository,
    ContractNumberExpiryJob,
    ContractNumberFacade,
    ContractFacade,
    ContractAmountListeners,
    ContractRepository,
    ContractsService,
    ContractOrderReviewHandler,
    ContractAttachmentsService,
    ContractReminders,
    ContractAuditNames,
  ],
  exports: [ContractNumberFacade, ContractFacade, ContractAmountListeners],
})
export class ContractModule {}
