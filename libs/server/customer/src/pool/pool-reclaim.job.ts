import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@kehu/server-core';
import { PoolService } from './pool.service';

/** Every 5 minutes (once across replicas, under the registry's advisory lock); also POST /jobs/pool-reclaim/run. */
@Injectable()
export class PoolReclaimJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly pool: PoolService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'pool-reclaim',
      description: 'Release POTENTIAL/INTENT customers whose protection (or post-rejection grace period) has ended to the public pool',
      cron: '*/5 * * * *',
      run: () => this.pool.releaseDue(),
    });
  }
}
