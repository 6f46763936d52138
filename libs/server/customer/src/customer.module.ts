import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalModule } from '@kehu/server-approval';
import { registerPermissions } from '@kehu/server-core';
import { CategoriesController } from './categories/categories.controller';
import { ChurnAlertJob } from './churn/churn-alert.job';
import { ChurnAlertsController } from './churn/churn-alerts.controller';
import { ChurnService } from './churn/churn.service';
import { CustomerCareService } from './care/customer-care.service';
import { CustomerLifecycleController } from './lifecycle/customer-lifecycle.controller';
import { CustomerTermsController } from './lifecycle/customer-terms.controller';
import { CustomerTermsService } from './lifecycle/customer-terms.service';
import { CustomerLifecycleService } from './lifecycle/customer-lifecycle.service';
import { CategoriesService } from './categories/categories.service';
import { ContactsController } from './contacts/contacts.controller';
import { ContactsService } from './contacts/contacts.service';
import { CustomerNaming } from './search/customer-naming.service';
import { CustomerTeamController } from './team/customer-team.controller';
import { CustomerTeamService } from './team/customer-team.service';
import { CustomerTransfersService } from './lifecycle/customer-transfers.service';
import { CustomersController } from './customers/customers.controller';
import { CustomerStatsService } from './stats/customer-stats.service';
import { CustomersService } from './customers/customers.service';
import { CUSTOMER_PERMISSIONS } from './customer.permissions';
import { DemoCustomersSeeder } from './demo/demo-customers.seeder';
import { DuplicateCheckService } from './search/duplicate-check.service';
import { Contact } from './entities/contact.entity';
import { Customer } from './entities/customer.entity';
import { CustomerCategory } from './entities/customer-category.entity';
import { CustomerHistory } from './entities/customer-history.entity';
import { CustomerTeamMember } from './entities/customer-team-member.entity';
import { ChurnAlert, ChurnMeasure } from './entities/churn-alert.entity';
import { FollowUp } from './entities/follow-up.entity';
import { FollowUpsController } from './follow-ups/follow-ups.controller';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { CustomerExportService } from './import-export/customer-export.service';
import { CustomerImportService } from './import-export/customer-import.service';
import { CustomerImportExportController } from './import-export/customer-import-export.controller';
import { PoolReclaimJob } from './pool/pool-reclaim.job';
import { PoolService } from './pool/pool.service';
import { ProtectionReviewTimeoutJob } from './lifecycle/protection-review-timeout.job';
import { ProtectionService } from './lifecycle/protection.service';
import { CustomerQueries } from './storage/customer-queries';
import { CustomerFacade } from './customer.facade';
import { CustomerAuditNames } from './customers/customer-audit-names';
import { CustomerDocumentsController } from './documents/customer-documents.controller';
import { CustomerDocumentsService } from './documents/customer-documents.service';
import { CustomerDocumentRepository } from './documents/customer-document.repository';
import { CategoriesRepository } from './categories/categories.repository';
import { ChurnRepository } from './churn/churn.repository';
import { ContactsRepository } from './contacts/contacts.repository';
import { CustomerCareRepository } from './care/customer-care.repository';
import { CustomerStatsRepository } from './stats/customer-stats.repository';
import { CustomerTeamRepository } from './team/customer-team.repository';
import { FollowUpsRepository } from './follow-ups/follow-ups.repository';
import { PoolRepository } from './pool/pool.repository';
import { DemoRepository } from './demo/demo.repository';
import { ImportExportRepository } from './import-export/import-export.repository';

/** Customers, contacts, categories, follow-ups, the duplicate check, protection, pool and churn (DOMAIN §1–3, §10). */
@Module({
  imports: [ApprovalModule, TypeOrmModule.forFeature([Customer, Contact, CustomerCategory, FollowUp, CustomerHistory, CustomerTeamMember, ChurnAlert, ChurnMeasure])],
  // Static paths first (customers/import, customers/pool, customers/review-queue…): they must precede customers/:id.
  controllers: [CustomerImportExportController, CustomerLifecycleController, ChurnAlertsController, CustomersController, CustomerTermsController, CustomerTeamController, ContactsController, CustomerDocumentsController, FollowUpsController, CategoriesController],
  providers: [registerPermissions(CUSTOMER_PERMISSIONS), CustomerAuditNames, CustomersService, CustomerStatsService, CustomerQueries, CustomerFacade, CustomerNaming, DuplicateCheckService, CustomerTransfersService, ContactsService, FollowUpsService, CategoriesService, CustomerImportService, CustomerExportService, CustomerTeamService,
    CustomerLifecycleService, ProtectionService, PoolService, CustomerCareService, CustomerTermsService, ChurnService, PoolReclaimJob, ChurnAlertJob, ProtectionReviewTimeoutJob,
    DemoCustomersSeeder, CustomerDocumentsService, CustomerDocumentRepository,
    // Each sub-domain's SQL (<sub-domain>/<name>.repository.ts).
    CategoriesRepository, ChurnRepository, ContactsRepository, CustomerCareRepository, CustomerStatsRepository, CustomerTeamRepository, DemoRepository, FollowUpsRepository, ImportExportRepository, PoolRepository,
  ],
  exports: [CustomerFacade],
})
export class CustomerModule {}
