import { approvalMigrations } from '@kehu/server-approval';
import { contractMigrations } from '@kehu/server-contract';
import { receivableMigrations } from '@kehu/server-receivable';
import { coreMigrations } from '@kehu/server-core';
import { customerMigrations } from '@kehu/server-customer';
import { opportunityMigrations } from '@kehu/server-opportunity';
import { permissionsMigrations } from '@kehu/server-permissions';
import { productMigrations } from '@kehu/server-product';
import { settingsMigrations } from '@kehu/server-settings';

/** Every module's migrations, in the order TypeORM applies them (by timestamp). */
export const allMigrations = [...coreMigrations, ...permissionsMigrations, ...settingsMigrations, ...approvalMigrations, ...customerMigrations, ...productMigrations, ...opportunityMigrations, ...contractMigrations, ...receivableMigrations];
