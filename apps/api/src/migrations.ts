import { coreMigrations } from '@kehu/server-core';
import { permissionsMigrations } from '@kehu/server-permissions';

/** Every module's migrations, in the order TypeORM applies them (by timestamp). */
export const allMigrations = [...coreMigrations, ...permissionsMigrations];
