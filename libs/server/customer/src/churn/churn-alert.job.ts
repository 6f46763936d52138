import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@kehu/server-core';
import { ChurnService } from './churn.service';

/** Nightly (once across replicas); also POST /jobs/churn-alerts/run. */
@Injectable()
export class ChurnAlertJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly churn: ChurnService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'churn-alerts',
      description: 'Raise a churn alert for FORMAL customers without a new contract or order for `churnMonths`',
      cron: '30 1 * * *',
      run: () => this.churn.raiseDue(),
    });
  }
}
