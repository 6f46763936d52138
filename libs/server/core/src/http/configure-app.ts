import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { requestIdMiddleware } from './request-context';
import { createValidationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';

/**
 * Everything about the HTTP surface that is not a route: prefix, security headers, CORS,
 * request ids, validation. Shared by main.ts, the OpenAPI export and the integration tests,
 * so tests exercise exactly what production serves.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.useLogger(app.get(Logger));
  express.set('trust proxy', 'loopback');
  express.disable('x-powered-by');
  express.use(requestIdMiddleware);
  express.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI and Element Plus use inline styles.
          'style-src': ["'self'", "'unsafe-inline'"],
          'script-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  const origins = config.corsOrigins
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length) {
    app.enableCors({ origin: origins, credentials: true, exposedHeaders: ['ETag', 'X-Request-Id', 'Location'] });
  }
  express.useBodyParser('json', { limit: '2mb' });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
}
