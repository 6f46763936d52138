import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { pino } from 'pino';
import { AuthGuard } from './access/auth.guard';
import { AuthorizedPermissionsCheck } from './access/authorized-permissions.check';
import { CORE_PERMISSIONS } from './access/core.permissions';
import { PermissionRegistry, registerPermissions } from './access/permission-registry';
import { AuditLog } from './audit/audit-log.entity';
import { AuditLogsController } from './audit/audit-logs.controller';
import { AuditLogsService } from './audit/audit-logs.service';
import { AuditNameRegistry } from './audit/audit-names';
import { AppConfig } from './config/app-config';
import { buildDataSourceOptions, MigrationList } from './database/data-source-options';
import { DatabaseMigrator } from './database/migrator';
import { PreparedStatements } from './database/prepared-statements';
import { DatabaseNotifications } from './database/database-notifications';
import { HealthController } from './health/health.controller';
import { IdempotencyStore } from './http/idempotency-store';
import { MediaTypeGuard } from './http/media-type.guard';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { requestContext } from './http/request-context';
import { requestLogSerializers, ROOT_LOGGER } from './http/request-log';
import { JobRegistry } from './jobs/job-registry';
import { JobRun } from './jobs/job-run.entity';
import { JobsController } from './jobs/jobs.controller';
import { Clock, SystemClock } from './time/clock';
import { ReminderRegistry } from './reminders/reminder-registry';
import { FileStorage, LocalDiskFileStorage } from './files/file-storage';
import { FilesService } from './files/files.service';
import { join, resolve } from 'node:path';
import { RemindersController } from './reminders/reminders.controller';

/** Human-readable logs on a terminal when pino-pretty is installed (dev); JSON lines otherwise. */
function prettyTransport() {
  if (!process.stdout.isTTY) return undefined;
  try {
    require.resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,req,res' } };
}

export interface CoreModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  migrations: MigrationList;
  clock?: Clock;
}

/**
 * The kernel: database, logging, errors, authentication guard, clock, audit, jobs and the permission
 * catalogue. Global so every domain module can inject Clock, AppConfig, JobRegistry and PermissionRegistry.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    const rootLogger = pino({
      level: options.config.logLevel,
      serializers: requestLogSerializers,
      // A line written while a request is served names it (read only when a line is written).
      mixin: () => {
        const request = requestContext.get();
        return request ? { reqId: request.requestId } : {};
      },
      transport: prettyTransport(),
    });
    const providers: Provider[] = [
      { provide: AppConfig, useValue: options.config },
      { provide: ROOT_LOGGER, useValue: rootLogger },
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: APP_GUARD, useClass: AuthGuard },
      // After AuthGuard (global guards run in the order they are provided): 401 before 415.
      { provide: APP_GUARD, useClass: MediaTypeGuard },
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      DatabaseMigrator,
      { provide: PreparedStatements, useFactory: () => new PreparedStatements(options.databaseUrl) },
      { provide: DatabaseNotifications, useFactory: () => new DatabaseNotifications(options.databaseUrl) },
      JobRegistry,
      AuditLogsService,
      AuditNameRegistry,
      ReminderRegistry,
      PermissionRegistry,
      registerPermissions(CORE_PERMISSIONS),
      AuthorizedPermissionsCheck,
      // Files under $KEHU_DATA_DIR/files, behind the FileStorage interface (ARCHITECTURE "Data").
      { provide: FileStorage, useFactory: () => new LocalDiskFileStorage(join(resolve(options.config.dataDir), 'files')) },
      FilesService,
      IdempotencyStore,
    ];
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot({
          // No per-request middleware (pino-http's child logger and async context): requests are logged by
          // requestLogMiddleware (configureApp), Nest's lines through the root logger.
          forRoutes: [],
          pinoHttp: { logger: rootLogger },
        }),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(options.databaseUrl, options.migrations),
          autoLoadEntities: true,
        }),
        TypeOrmModule.forFeature([AuditLog, JobRun]),
        ScheduleModule.forRoot(),
        DiscoveryModule,
      ],
      controllers: [HealthController, AuditLogsController, JobsController, RemindersController],
      providers,
      exports: [AppConfig, ROOT_LOGGER, Clock, FileStorage, FilesService, JobRegistry, ReminderRegistry, AuditNameRegistry, PermissionRegistry, PreparedStatements, DatabaseNotifications, IdempotencyStore, TypeOrmModule],
    };
  }
}
