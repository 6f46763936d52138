export * from './test-app';
export * from './test-clock';
export * from './test-database';
export * from './scope-harness';
export * from './database-text';
export * from './oracle-harness';
