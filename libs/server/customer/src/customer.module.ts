import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoriesController } from './categories.controller';
import { CategoriesService } from './categories.service';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { CustomerNaming } from './customer-naming.service';
import { CustomerTeamController } from './customer-team.controller';
import { CustomerTeamService } from './customer-team.service';
import { CustomerTransfersService } from './customer-transfers.service';
import { CustomersController } from './customers.controller';
import { CustomersService } from './customers.service';
import { DuplicateCheckService } from './duplicate-check.service';
import { Contact } from './entities/contact.entity';
import { Customer } from './entities/customer.entity';
import { CustomerCategory } from './entities/customer-category.entity';
import { CustomerHistory } from './entities/customer-history.entity';
import { CustomerTeamMember } from './entities/customer-team-member.entity';
import { FollowUp } from './entities/follow-up.entity';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';
import { CustomerExportService } from './import-export/customer-export.service';
import { CustomerImportService } from './import-export/customer-import.service';
import { CustomerImportExportController } from './import-export/customer-import-export.controller';

/** Customers, contacts, categories, follow-ups and the duplicate check (DOMAIN §1, §2). */
@Module({
  imports: [TypeOrmModule.forFeature([Customer, Contact, CustomerCategory, FollowUp, CustomerHistory, CustomerTeamMember])],
  // Import/export first: its static paths (customers/import, customers/export) must precede customers/:id.
  controllers: [CustomerImportExportController, CustomersController, CustomerTeamController, ContactsController, FollowUpsController, CategoriesController],
  providers: [CustomersService, CustomerNaming, DuplicateCheckService, CustomerTransfersService, ContactsService, FollowUpsService, CategoriesService, CustomerImportService, CustomerExportService, CustomerTeamService],
  exports: [CustomersService, DuplicateCheckService],
})
export class CustomerModule {}
