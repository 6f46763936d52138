export * from './test-app';
export { violatesContract } from './contract-checked-http';
export * from './test-clock';
export * from './test-database';
export * from './scope-harness';
export * from './database-text';
export * from './oracle-harness';
