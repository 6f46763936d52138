import { ContractNumbers1764002020000 } from './1764002020000-contract-numbers';
import { Contracts1764003100000 } from './1764003100000-contracts';

export const contractMigrations = [ContractNumbers1764002020000, Contracts1764003100000];
