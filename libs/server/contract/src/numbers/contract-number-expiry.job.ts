import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@kehu/server-core';
import { ContractNumbersService } from './contract-numbers.service';

/** Daily (once across replicas); also POST /jobs/contract-number-expiry/run. */
@Injectable()
export class ContractNumberExpiryJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly numbers: ContractNumbersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'contract-number-expiry',
      description: 'Void reserved contract numbers whose reservation lapsed unused (recorded, never reused)',
      cron: '10 0 * * *',
      run: () => this.numbers.expireDue(),
    });
  }
}
