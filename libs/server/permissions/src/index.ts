export * from './built-in-roles';
export * from './migrations';
export * from './org-directory.service';
export * from './permissions.module';
export * from './permissions.seeder';
export * from './password';
export * from './principal.service';
