// The contract domain's public surface: its module, the facade other code calls, and the types it needs.
export { ContractModule } from './contract.module';
export { ContractAmountListeners, ContractFacade, ContractNumberFacade } from './contract.facade';
export type { ContractAmountChange, ContractAmountInForce, ContractAmountListener, ContractLineInForce } from './contract.facade';
export { CONTRACT_PERMISSIONS } from './contract.permissions';
export { ContractError, ContractErrorCode } from './contract.exception';
export { ContractStatus } from './contract-rules';
export { ContractNumberStatus } from './numbers/contract-number-rules';
export type { ContractNumberDto } from './numbers/contract-number.dto';
export type { ContractDto, ContractSummaryDto } from './dto/contract.dto';
export { contractMigrations } from './migrations';
