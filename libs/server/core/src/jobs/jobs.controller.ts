import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authorized } from '../access/authorized.decorator';
import { CurrentUser } from '../access/current-user.decorator';
import type { Principal } from '../access/principal';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { JobRegistry } from './job-registry';
import type { JobRun } from './job-run.entity';

export class JobRunDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) result: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
}

export class JobDto {
  @ApiProperty({ example: 'token-cleanup' }) name: string;
  @ApiProperty() description: string;
  @ApiProperty({ nullable: true, type: String, example: '0 3 * * *' }) cron: string | null;
  @ApiProperty({ nullable: true, type: JobRunDto }) lastRun: JobRunDto | null;
}

function toJobRunDto(run: JobRun): JobRunDto {
  return {
    id: run.id,
    name: run.name,
    trigger: run.trigger,
    status: run.status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    result: run.result,
    error: run.error,
  };
}

@ApiTags('Jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobRegistry) {}

  @Get()
  @Authorized('job:run')
  @ApiOperation({ summary: 'List scheduled jobs with their last run' })
  @ApiOkResponse({ type: [JobDto] })
  async list(): Promise<JobDto[]> {
    const last = await this.jobs.lastRuns();
    return this.jobs.list().map((j) => {
      const run = last.get(j.name);
      return { name: j.name, description: j.description, cron: j.cron ?? null, lastRun: run ? toJobRunDto(run) : null };
    });
  }

  @Post(':name/run')
  @HttpCode(200)
  @Authorized('job:run')
  @ApiOperation({ summary: 'Run a job now (once across replicas; 409 while it is running)' })
  @ApiParam({ name: 'name', example: 'token-cleanup' })
  @ApiOkResponse({ type: JobRunDto })
  @ApiProblems(404, 409)
  async run(@Param('name') name: string, @CurrentUser() user: Principal): Promise<JobRunDto> {
    return toJobRunDto(await this.jobs.run(name, 'manual', user.userId));
  }
}
