import { ContractNumbers1764002020000 } from './1764002020000-contract-numbers';

export const contractMigrations = [ContractNumbers1764002020000];
