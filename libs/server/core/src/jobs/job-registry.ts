import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import { CoreError, CoreErrorCode } from '../http/domain-error';
import { Clock } from '../time/clock';
import { JobRun } from './job-run.entity';

export interface JobDefinition {
  name: string;
  description: string;
  /** Cron expression (server time zone); omitted → manual only. */
  cron?: string;
  run(): Promise<Record<string, unknown>>;
}

/**
 * Runs named jobs once across all replicas: each run holds a PostgreSQL advisory lock for its
 * name, so a second replica's cron tick (or a manual run) finds it busy instead of doubling it.
 */
@Injectable()
export class JobRegistry implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, JobDefinition>();
  private schedulesStarted = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`Job ${job.name} registered twice`);
    this.jobs.set(job.name, job);
    if (this.schedulesStarted) this.schedule(job);
  }

  list(): JobDefinition[] {
    return [...this.jobs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  startSchedules(): void {
    this.schedulesStarted = true;
    for (const job of this.jobs.values()) this.schedule(job);
  }

  private schedule(job: JobDefinition): void {
    if (!job.cron) return;
    const cron = CronJob.from({
      cronTime: job.cron,
      onTick: () => {
        this.run(job.name, 'schedule').catch((error) => {
          if (!(error instanceof CoreError)) this.logger.error(`${job.name}: ${error}`);
        });
      },
      start: true,
    });
    this.scheduler.addCronJob(`kehu:${job.name}`, cron);
  }

  async run(name: string, trigger: 'schedule' | 'manual', triggeredBy: string | null = null): Promise<JobRun> {
    const job = this.jobs.get(name);
    if (!job) throw new CoreError(CoreErrorCode.UnknownJob, `No job named ${name}`);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`kehu-job:${name}`]);
      if (!locked) throw new CoreError(CoreErrorCode.JobBusy, `${name} is running elsewhere`);
      const repo = this.db.getRepository(JobRun);
      const record = await repo.save(
        repo.create({ name, trigger, triggeredBy, startedAt: this.clock.now(), status: 'running', result: null, error: null, finishedAt: null }),
      );
      try {
        record.result = await job.run();
        record.status = 'succeeded';
      } catch (error) {
        record.status = 'failed';
        record.error = error instanceof Error ? error.message : String(error);
        this.logger.error(`${name} failed: ${record.error}`);
      } finally {
        record.finishedAt = this.clock.now();
        await repo.save(record);
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`kehu-job:${name}`]);
      }
      return record;
    } finally {
      await runner.release();
    }
  }

  async lastRuns(): Promise<Map<string, JobRun>> {
    const rows = await this.db
      .getRepository(JobRun)
      .createQueryBuilder('r')
      .distinctOn(['r.name'])
      .orderBy('r.name')
      .addOrderBy('r.started_at', 'DESC')
      .getMany();
    return new Map(rows.map((r) => [r.name, r]));
  }

  onApplicationShutdown(): void {
    for (const name of this.scheduler.getCronJobs().keys()) {
      if (name.startsWith('kehu:')) this.scheduler.deleteCronJob(name);
    }
  }
}
