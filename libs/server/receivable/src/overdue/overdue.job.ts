import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@kehu/server-core';
import { OverdueService } from './overdue.service';

/**
 * 回款预警: hourly (once across replicas, under the registry's advisory lock), so an instalment is
 * marked within the hour after 00:00 of the day after its due date in the business time zone, whatever
 * the server's own time zone; also POST /jobs/receivable-overdue/run.
 */
@Injectable()
export class OverdueJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly overdue: OverdueService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'receivable-overdue',
      description: 'Mark instalments past their due date (business time zone) and not fully paid as overdue; clear the mark of those paid or re-planned since',
      cron: '5 * * * *',
      run: () => this.overdue.markOverdue(),
    });
  }
}
