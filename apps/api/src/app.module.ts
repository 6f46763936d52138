import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@kehu/server-core';
import { ContractModule } from '@kehu/server-contract';
import { ReceivableModule } from '@kehu/server-receivable';
import { CustomerModule } from '@kehu/server-customer';
import { OpportunityModule } from '@kehu/server-opportunity';
import { ProductModule } from '@kehu/server-product';
import { ApprovalModule } from '@kehu/server-approval';
import { PermissionsModule } from '@kehu/server-permissions';
import { SettingsModule } from '@kehu/server-settings';
import { allMigrations } from './migrations';

/** The whole product: the kernel and every domain module (the built SPA is served by configureApp). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, databaseUrl, migrations: allMigrations }),
        PermissionsModule,
        SettingsModule,
        ApprovalModule,
        CustomerModule,
        ProductModule,
        OpportunityModule,
        ContractModule,
        ReceivableModule,
      ],
    };
  }
}
