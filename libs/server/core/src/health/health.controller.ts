import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/authorized.decorator';
import { PreparedStatements } from '../database/prepared-statements';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) database: 'up' | 'down';
  @ApiProperty({ description: 'Database round trip in milliseconds', nullable: true, type: Number }) databaseLatencyMs: number | null;
  @ApiProperty({ description: 'Seconds since the process started' }) uptimeSeconds: number;
}

@ApiTags('Health')
@Controller('health')
export class HealthController {
  // The hot reads' pool (a named statement on a kept connection) rather than an ORM query runner per call:
  // load balancers call this often (docs/performance.md, "Current state: the request pipeline").
  constructor(private readonly prepared: PreparedStatements) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database status' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Database unreachable' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const started = performance.now();
    let database: 'up' | 'down' = 'up';
    try {
      await this.prepared.query('SELECT 1', []);
    } catch {
      database = 'down';
    }
    const latency = database === 'up' ? Math.round((performance.now() - started) * 10) / 10 : null;
    if (database === 'down') res.status(503);
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      databaseLatencyMs: latency,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
