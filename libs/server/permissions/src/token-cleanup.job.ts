import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, addMinutes, Clock, JobRegistry } from '@kehu/server-core';
import { DataSource } from 'typeorm';
import { LOGIN_POLICY } from './auth.service';

/** Nightly: forget spent refresh tokens, old login attempts and ended throttle windows (they only matter for a while). */
@Injectable()
export class TokenCleanupJob implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'token-cleanup',
      description: 'Delete expired refresh tokens, login attempts older than 30 days and ended login-throttle windows',
      cron: '17 3 * * *',
      run: () => this.run(),
    });
  }

  async run(): Promise<Record<string, unknown>> {
    const now = this.clock.now();
    const tokens = await this.db.query(`DELETE FROM refresh_token WHERE expires_at < $1`, [addDays(now, -1)]);
    const attempts = await this.db.query(`DELETE FROM login_attempt WHERE at < $1`, [addDays(now, -30)]);
    // A window that has ended restarts at the address's next attempt anyway: its row says nothing more.
    const windows = await this.db.query(`DELETE FROM login_throttle WHERE window_start < $1`, [addMinutes(now, -LOGIN_POLICY.ipWindowMinutes)]);
    return { refreshTokensDeleted: tokens[1] ?? 0, loginAttemptsDeleted: attempts[1] ?? 0, throttleWindowsDeleted: windows[1] ?? 0 };
  }
}
