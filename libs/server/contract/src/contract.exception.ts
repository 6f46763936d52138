import { defineDomainErrors } from '@kehu/server-core';

export enum ContractErrorCode {
  NumberUnknown = 'contract-number-unknown',
  NumberReservedByOther = 'contract-number-reserved-by-other',
  NumberExpired = 'contract-number-expired',
  NumberUsed = 'contract-number-used',
}

export const ContractError = defineDomainErrors<ContractErrorCode>({
  [ContractErrorCode.NumberUnknown]: { status: 400, title: 'No such contract number was issued' },
  [ContractErrorCode.NumberReservedByOther]: { status: 409, title: 'The contract number is reserved by someone else' },
  [ContractErrorCode.NumberExpired]: { status: 409, title: 'The reservation of this contract number has expired; the number is void' },
  [ContractErrorCode.NumberUsed]: { status: 409, title: 'The contract number is already on a contract' },
});
