export * from './test-app';
export { committedContractHttp, violatesContract } from './contract-checked-http';
export { OpenApiContract } from './openapi-contract';
export * from './test-clock';
export * from './test-database';
export * from './scope-harness';
export * from './database-text';
export * from './oracle-harness';
export * from './sample-files';
