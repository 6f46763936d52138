import { ContractNumbers1764002020000 } from './1764002020000-contract-numbers';
import { Contracts1764003100000 } from './1764003100000-contracts';
import { ContractSearch1764003900000 } from './1764003900000-contract-search';
import { ContractClose1764003910000 } from './1764003910000-contract-close';

export const contractMigrations = [ContractNumbers1764002020000, Contracts1764003100000, ContractSearch1764003900000, ContractClose1764003910000];
