import { Module } from '@nestjs/common';
import { registerPermissions } from '@kehu/server-core';
import { ContractNumberFacade } from './contract.facade';
import { CONTRACT_PERMISSIONS } from './contract.permissions';
import { ContractNumberExpiryJob } from './numbers/contract-number-expiry.job';
import { ContractNumberRepository } from './numbers/contract-number.repository';
import { ContractNumbersController } from './numbers/contract-numbers.controller';
import { ContractNumbersService } from './numbers/contract-numbers.service';

/** Contracts (DOMAIN §6). So far: contract numbers — issuing, reservations 预领 and voids. */
@Module({
  controllers: [ContractNumbersController],
  providers: [registerPermissions(CONTRACT_PERMISSIONS), ContractNumbersService, ContractNumberRepository, ContractNumberExpiryJob, ContractNumberFacade],
  exports: [ContractNumberFacade],
})
export class ContractModule {}
