import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractModule } from '@kehu/server-contract';
import { CustomerModule } from '@kehu/server-customer';
import { registerPermissions } from '@kehu/server-core';
import { ContractCompletion } from './completion/contract-completion';
import { ContractDeliveriesController, DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { DeliveriesService } from './deliveries/deliveries.service';
import { Delivery } from './entities/delivery.entity';
import { Payment } from './entities/payment.entity';
import { ReceivableInstalment } from './entities/receivable-instalment.entity';
import { PaymentsController } from './payments/payments.controller';
import { PaymentsService } from './payments/payments.service';
import { ReceivablePlansController } from './plans/receivable-plans.controller';
import { ReceivablePlansService } from './plans/receivable-plans.service';
import { OverdueJob } from './overdue/overdue.job';
import { OverdueRepository } from './overdue/overdue.repository';
import { OverdueService } from './overdue/overdue.service';
import { ReceivableInstalmentsController } from './overdue/receivable-instalments.controller';
import { ReceivableReminders } from './overdue/receivable-reminders';
import { CustomerReceivablesController } from './reports/customer-receivables.controller';
import { ReceivableReportsController } from './reports/receivable-reports.controller';
import { ReceivableReportsRepository } from './reports/receivable-reports.repository';
import { ReceivableReportsService } from './reports/receivable-reports.service';
import { RECEIVABLE_PERMISSIONS } from './receivable.permissions';
import { ReceivableRepository } from './receivable.repository';

/** Receivables (DOMAIN §7): plans, payments with finance's confirmation, reversals, deliveries and automatic completion. */
@Module({
  imports: [ContractModule, CustomerModule, TypeOrmModule.forFeature([ReceivableInstalment, Payment, Delivery])],
  controllers: [ReceivablePlansController, PaymentsController, ReceivableInstalmentsController, ReceivableReportsController, CustomerReceivablesController, ContractDeliveriesController, DeliveriesController],
  providers: [
    registerPermissions(RECEIVABLE_PERMISSIONS), ReceivableRepository, ReceivablePlansService, PaymentsService, ReceivableReportsService, ReceivableReportsRepository,
    OverdueRepository, OverdueService, OverdueJob, ReceivableReminders, DeliveriesRepository, DeliveriesService, ContractCompletion,
  ],
})
export class ReceivableModule {}
