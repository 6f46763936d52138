import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@kehu/server-core';
import { ProtectionService } from './protection.service';

/** Hourly (once across replicas, under the registry's advisory lock); also POST /jobs/protection-review-timeout/run. */
@Injectable()
export class ProtectionReviewTimeoutJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly protection: ProtectionService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'protection-review-timeout',
      description: 'Reject protections that awaited the reviewer for more than `reviewTimeoutWorkingDays` working days (then released like any rejection)',
      cron: '7 * * * *',
      run: () => this.protection.rejectOverdueReviews(),
    });
  }
}
